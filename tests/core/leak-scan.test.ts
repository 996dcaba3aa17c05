import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { TEST_KDF_COST } from '../../electron/core/vault';
import { noteEdit, PASSPHRASE } from './support/core-harness';

/** Distinctive strings, one per kind of thing a counselor writes. */
const SECRETS = {
  alias: 'ZEBRAALIAS7731',
  name: 'Kartikasari Wulandaru',
  phone: '0812-9876-5432',
  nik: '3174091203880007',
  tag: 'TAGRAHASIA42',
  note: 'NOTEWORD pengakuan tentang kekerasan di rumah',
  privateNote: 'PRIVATEWORD dugaan saya sendiri',
  riskNote: 'RISKNOTE menghubungi kakak klien',
  referralReason: 'REFERRALWHY kecemasan berat',
  referralTo: 'dr. Sulastri TOWHOM',
  consentScope: 'CONSENTSCOPE ringkasan kasus',
  counterpart: 'Ketua RW COUNTERPART',
  outcome: 'OUTCOMEWORD bantuan sembako',
  resilienceNote: 'RESILIENCENOTE kelelahan',
  plan: 'PLANSTEP berjalan ke masjid',
  contact: 'Puskesmas DIRECTORYNAME',
  cue: 'CUEWORD menangis lama',
  intakeAnswer: 'INTAKEANSWER tinggal bersama paman',
  goal: 'GOALTEXT bekerja kembali di pasar',
  progressNote: 'PROGRESSNOTE melamar ke warung',
  goalStatusNote: 'GOALSTATUSNOTE tidak lagi dibutuhkan',
  memberAlias: 'MEMBERALIAS adik bungsu',
  memberName: 'Wiraatmadja Kusumawardhani',
  memberNik: '3174091203150002',
  memberNeeds: 'MEMBERNEEDS akta kelahiran hilang',
  reflection: 'REFLECTIONWORD saya lelah setelah kunjungan',
  followUpNote: 'FOLLOWUPNOTE cek surat KIP',
  communityArea: 'KELURAHANWORD Kapuk',
  communityNotes: 'COMMUNITYNOTE penyuluhan gizi balita',
  communityNeeds: 'MAPPINGNEED air bersih di gang',
  groupAlias: 'GROUPALIAS9917',
  groupNote: 'GROUPNOTE kelompok membahas tidur',
  groupPartNote: 'GROUPPARTNOTE bagian peserta kedua',
  libraryTitle: 'LIBRARYTITLE napas',
  libraryText: 'LIBRARYTEXT tarik napas perlahan',
  libraryTag: 'librarytopicrahasia',
  libraryPdf: 'LIBRARYPDFWORD leaflet',
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function leaks(dir: string): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const [what, text] of Object.entries(SECRETS)) {
      for (const encoding of ['utf8', 'utf16le'] as const) {
        // The longest distinctive word of each string is enough to find a copy of it.
        const word = text.split(' ').sort((a, b) => b.length - a.length)[0] ?? text;
        if (bytes.includes(Buffer.from(word, encoding)))
          found.push(`${what} in ${file} (${encoding})`);
      }
    }
  }
  return found;
}

describe('nothing a counselor writes is readable on disk', () => {
  it('finds every string when it is written in clear, in UTF-8 and UTF-16 (the scan can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-leak-control-'));
    writeFileSync(join(dir, 'plain-utf8.txt'), Object.values(SECRETS).join('\n'), 'utf8');
    writeFileSync(join(dir, 'plain-utf16.txt'), Object.values(SECRETS).join('\n'), 'utf16le');
    expect(leaks(dir)).toHaveLength(Object.keys(SECRETS).length * 2);
  });

  it('leaves no trace of any record kind in the database, WAL, logs, settings or backups', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pd-leak-'));
    const logFile = join(dataDir, 'core.log');
    const core = await createCore({
      dataDir,
      version: 'test',
      host: 'web',
      log: pino({ level: 'debug' }, pino.destination({ dest: logFile, sync: true })),
      kdfCost: TEST_KDF_COST,
    });
    let id = 0;
    const call = async (method: string, input: unknown): Promise<unknown> => {
      const response = await core.dispatch({ kind: 'request', id: ++id, method, input });
      if (!response?.result.ok) throw new Error(JSON.stringify(response?.result));
      return response.result.value;
    };

    await call('vault.create', { passphrase: PASSPHRASE });
    const created = (await call('cases.create', {
      alias: SECRETS.alias,
      identifying: { name: SECRETS.name, phone: SECRETS.phone, nik: SECRETS.nik },
      tags: [SECRETS.tag],
    })) as { meta: { id: string } };
    const caseId = created.meta.id;
    const session = (await call('sessions.create', {
      caseId,
      startsAt: '2026-11-22T08:00:00+07:00',
      durationMinutes: 50,
      channel: 'faceToFace',
    })) as {
      meta: { id: string };
      documentId: string;
      documentState: string;
      privateDocumentId: string;
      privateDocumentState: string;
    };
    const sessionId = session.meta.id;
    await call('documents.update', {
      documentId: session.documentId,
      update: noteEdit(session.documentState, SECRETS.note),
    });
    await call('documents.update', {
      documentId: session.privateDocumentId,
      update: noteEdit(session.privateDocumentState, SECRETS.privateNote),
    });
    await call('sessions.update', { sessionId, cues: [{ kind: 'crying', note: SECRETS.cue }] });
    await call('sessions.answerRisk', {
      sessionId,
      answers: {
        q1WishDead: 'yes',
        q2SuicidalThoughts: 'yes',
        q3Method: 'no',
        q4Intent: 'no',
        q5Plan: 'no',
        q6Behaviour: 'yes',
        q6bRecent: 'yes',
      },
    });
    await call('sessions.recordRiskAction', {
      sessionId,
      kind: 'emergencyContact',
      note: SECRETS.riskNote,
    });
    await call('directory.save', { kind: 'healthFacility', name: SECRETS.contact });
    await call('referrals.create', {
      caseId,
      target: 'psychiatrist',
      toWhom: SECRETS.referralTo,
      reason: SECRETS.referralReason,
      consent: { given: true, scope: SECRETS.consentScope, method: 'written' },
      followUpDate: '2026-12-01',
    });
    await call('outreach.create', {
      caseId,
      date: '2026-11-22',
      kind: 'rtRw',
      counterpart: SECRETS.counterpart,
      outcome: SECRETS.outcome,
    });
    await call('resilience.create', {
      caseId,
      date: '2026-11-22',
      capacities: { emotionRegulation: 2 },
      symptoms: {},
      burnout: {},
      compassionFatigue: {},
      note: SECRETS.resilienceNote,
    });
    await call('cases.saveSafetyPlan', {
      caseId,
      plan: {
        warningSigns: [SECRETS.plan],
        copingStrategies: [],
        distractions: { people: [], places: [] },
        helpContacts: [],
        professionals: [],
        meansSafety: [],
      },
    });
    await call('intake.save', {
      caseId,
      firstContactDate: '2026-11-22',
      answers: { 'intake.general.living': SECRETS.intakeAnswer },
    });
    const planned = (await call('carePlan.addGoal', {
      caseId,
      kind: 'goal',
      area: 'work',
      text: SECRETS.goal,
      priority: 'high',
    })) as { carePlan: { goals: { goal: { id: string } }[] } };
    const goalId = planned.carePlan.goals[0]?.goal.id;
    await call('carePlan.markProgress', {
      caseId,
      sessionId,
      marks: [{ goalId, level: 2, note: SECRETS.progressNote }],
    });
    await call('carePlan.updateGoal', {
      caseId,
      goalId,
      status: 'dropped',
      note: SECRETS.goalStatusNote,
    });
    // A household member with identifying details, named by the referral (issue #13, item 3).
    const household = (await call('household.add', {
      caseId,
      alias: SECRETS.memberAlias,
      relation: 'child',
      needs: ['documents'],
      needsNote: SECRETS.memberNeeds,
      identifying: { name: SECRETS.memberName, birthDate: '2015-03-02', nik: SECRETS.memberNik },
    })) as { members: { member: { id: string } }[] };
    await call('sessions.update', {
      sessionId,
      householdMemberIds: [household.members[0]?.member.id],
    });
    // A follow-up plan with a note (issue #13, item 6), reminded of at once: it is overdue.
    await call('followUps.add', {
      caseId,
      today: '2026-11-22',
      dueDate: '2026-11-01',
      note: SECRETS.followUpNote,
    });
    await call('followUps.plan', {
      caseId,
      today: '2026-11-22',
      from: '2026-11-22',
      intervals: [7, 14],
    });
    // The counselor's own reflection (issue #13, item 7): in the backup, never in clear.
    await call('wellbeing.addReflection', { text: SECRETS.reflection });
    // Community work (issue #13, item 5): an area, an activity and a social mapping.
    const { areas } = (await call('community.saveArea', {
      area: { kelurahan: SECRETS.communityArea, rw: '5' },
    })) as { areas: { id: string }[] };
    const areaId = areas[0]?.id ?? '';
    await call('community.saveActivity', {
      activity: {
        areaId,
        kind: 'areaActivity',
        date: '2026-11-20',
        reached: { people: 25 },
        notes: SECRETS.communityNotes,
      },
    });
    await call('community.saveActivity', {
      activity: {
        areaId,
        kind: 'socialMapping',
        date: '2026-11-21',
        reached: { people: 6 },
        notes: '',
        mapping: { resources: '', contacts: '', needs: SECRETS.communityNeeds },
      },
    });
    // A group session (issue #13, item 4): the shared note and a participant's own part.
    const second = (await call('cases.create', { alias: SECRETS.groupAlias })) as {
      meta: { id: string };
    };
    const group = (await call('groups.create', {
      caseIds: [caseId, second.meta.id],
      startsAt: '2026-11-22T09:00:00+07:00',
      durationMinutes: 60,
      channel: 'faceToFace',
    })) as {
      meta: { id: string };
      documentState: string;
      participants: Array<{ sessionId: string }>;
    };
    await call('groups.updateNote', {
      groupId: group.meta.id,
      update: noteEdit(group.documentState, SECRETS.groupNote),
    });
    const part = (await call('sessions.get', {
      sessionId: group.participants[1]?.sessionId ?? '',
    })) as { documentId: string; documentState: string };
    await call('documents.update', {
      documentId: part.documentId,
      update: noteEdit(part.documentState, SECRETS.groupPartNote),
    });
    // The psychoeducation library (issue #14, item 3): a text, a leaflet's bytes, given in a session.
    const text = (await call('library.add', {
      content: {
        kind: 'text',
        title: SECRETS.libraryTitle,
        language: 'id',
        tags: [SECRETS.libraryTag],
        text: SECRETS.libraryText,
        textFormat: 'plain',
      },
    })) as { id: string };
    await call('library.add', {
      content: {
        kind: 'leaflet',
        title: 'Leaflet',
        language: 'id',
        tags: [],
        text: '',
        textFormat: 'plain',
      },
      upload: {
        name: 'leaflet.pdf',
        mediaType: 'application/pdf',
        base64: Buffer.from(`%PDF-1.4 ${SECRETS.libraryPdf}`).toString('base64'),
      },
    });
    await call('library.give', { sessionId, itemId: text.id });
    await call('library.list', { query: 'napas' });
    await call('search.query', { text: SECRETS.alias });
    await call('backup.export', {});
    core.close();

    const found = leaks(dataDir);
    expect(found).toEqual([]);
    expect(filesUnder(dataDir).some((f) => f.endsWith('-wal') || f.endsWith('.sqlite'))).toBe(true);
    expect(filesUnder(dataDir).some((f) => f.endsWith('.pdbackup'))).toBe(true);
    expect(filesUnder(dataDir).some((f) => f.endsWith('core.log'))).toBe(true);
  });
});
