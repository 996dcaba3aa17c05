import { beforeAll, describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../../../shared/api/contract';
import { fieldProblems } from '../../../shared/api/field-problems';
import { catalogs } from '../../../shared/i18n';
import { PASSPHRASE, startCore, type CoreHarness } from '../support/core-harness';

/**
 * Issue #15, item 2, the forms after Referral, Outreach and Resilience: each rule a form used to
 * check by hand is its method's schema now, so the core refuses the same request, naming the
 * field and the catalog words the form shows.
 */
let call: CoreHarness['call'];
let caseId: string;

beforeAll(async () => {
  const started = await startCore();
  await started.call('vault.create', { passphrase: PASSPHRASE });
  call = started.call;
  caseId = (await started.call('cases.create', { alias: 'Mawar' })).meta.id;
});

function wordsOf(key: string, language: 'id' | 'en'): unknown {
  const at = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown>)?.[part],
        catalogs[language],
      );
  // A count's words come in plural forms (i18next's `_other`).
  return at(key) ?? at(`${key}_other`);
}

const text = {
  kind: 'text' as const,
  language: 'id' as const,
  tags: [],
  textFormat: 'plain' as const,
};
const leaflet = { ...text, kind: 'leaflet' as const, title: 'Leaflet', text: '' };

describe('the rules the forms checked by hand, refused by the core', () => {
  it('refuses a goal with no words, at text', async () => {
    await expect(
      call('carePlan.addGoal', {
        caseId,
        kind: 'goal',
        area: 'psychosocial',
        priority: 'medium',
        text: '   ',
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      fields: { text: 'cases.carePlan.textRequired' },
    });
  });

  it('refuses progress that marks no goal, at marks', async () => {
    await expect(
      call('carePlan.markProgress', { caseId, sessionId: 'session-1', marks: [] }),
    ).rejects.toMatchObject({ fields: { marks: 'cases.carePlan.nothingMarked' } });
  });

  it('refuses an intake without its first contact date, at firstContactDate', async () => {
    await expect(
      call('intake.save', { caseId, firstContactDate: '', answers: {} }),
    ).rejects.toMatchObject({ fields: { firstContactDate: 'cases.validation.date' } });
  });

  it('refuses a case without an alias, and a phone or NIK that is not one, by field', async () => {
    await expect(
      call('cases.create', { alias: '  ', identifying: { phone: 'besok', nik: '3174' } }),
    ).rejects.toMatchObject({
      fields: {
        alias: 'cases.validation.aliasRequired',
        'identifying.phone': 'cases.validation.phone',
        'identifying.nik': 'cases.validation.nik',
      },
    });
    await expect(call('cases.update', { caseId, alias: '' })).rejects.toMatchObject({
      fields: { alias: 'cases.validation.aliasRequired' },
    });
  });

  it('refuses a directory contact without a name or with a phone that is not one', async () => {
    await expect(
      call('directory.save', { kind: 'healthFacility', name: ' ', phone: '12' }),
    ).rejects.toMatchObject({
      fields: { name: 'cases.validation.required', phone: 'cases.validation.phone' },
    });
  });

  it('refuses a household member born after today, at identifying.birthDate', async () => {
    const member = { caseId, alias: 'Adik', relation: 'child' } as const;
    await expect(
      call('household.add', { ...member, identifying: { birthDate: '2999-01-01' } }),
    ).rejects.toMatchObject({
      fields: { 'identifying.birthDate': 'household.validation.birthDate' },
    });
    // A date of birth in the past is what a valid request always meant.
    const added = await call('household.add', {
      ...member,
      identifying: { birthDate: '2019-05-02' },
    });
    expect(added.members).toHaveLength(1);
    const memberId = added.members[0]?.member.id ?? '';
    await expect(
      call('household.update', { caseId, memberId, identifying: { birthDate: '2999-01-01' } }),
    ).rejects.toMatchObject({
      fields: { 'identifying.birthDate': 'household.validation.birthDate' },
    });
  });

  it('refuses a library text without a title or words, by field', async () => {
    await expect(
      call('library.add', { content: { ...text, title: ' ', text: ' ' } }),
    ).rejects.toMatchObject({
      fields: {
        'content.title': 'library.problem.titleRequired',
        'content.text': 'library.problem.textRequired',
      },
    });
  });

  it('refuses a leaflet without its file, or with a file that is not a PDF, at upload', async () => {
    await expect(call('library.add', { content: leaflet })).rejects.toMatchObject({
      fields: { upload: 'library.problem.fileRequired' },
    });
    await expect(
      call('library.add', {
        content: leaflet,
        upload: { name: 'a.png', mediaType: 'image/png', base64: 'AAAA' },
      }),
    ).rejects.toMatchObject({ fields: { upload: 'library.problem.fileType' } });
  });

  it('refuses a self-check with a sign unanswered, once, at answers', async () => {
    await expect(call('wellbeing.saveCheck', { answers: { exhaustion: 1 } })).rejects.toMatchObject(
      { fields: { answers: 'wellbeing.check.incomplete' } },
    );
  });

  it('refuses a session without its start or lasting more than a day, by field', async () => {
    await expect(
      call('sessions.create', {
        caseId,
        startsAt: '',
        durationMinutes: 1441,
        channel: 'faceToFace',
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      fields: {
        startsAt: 'cases.validation.dateTime',
        durationMinutes: 'cases.validation.duration',
      },
    });
    await expect(
      call('sessions.create', {
        caseId,
        startsAt: '2026-12-07T09:00:00.000Z',
        durationMinutes: 2.5,
        channel: 'faceToFace',
      }),
    ).rejects.toMatchObject({ fields: { durationMinutes: 'cases.validation.duration' } });
  });

  it('refuses a group of one, or one lasting less than nothing, by field', async () => {
    await expect(
      call('groups.create', {
        caseIds: [caseId],
        startsAt: '2026-12-07T09:00:00.000Z',
        durationMinutes: -5,
        channel: 'faceToFace',
      }),
    ).rejects.toMatchObject({
      fields: { caseIds: 'groups.atLeastTwo', durationMinutes: 'cases.validation.duration' },
    });
  });

  it('refuses a reason to go on without the risk actions that is too short, at reason', async () => {
    await expect(
      call('review.overrideRiskActions', { sessionId: 'session-1', reason: '  Belum sempat.  ' }),
    ).rejects.toMatchObject({ fields: { reason: 'review.gate.overrideShort' } });
  });

  it('refuses an invite code too short to be whole, at code', async () => {
    await expect(
      call('sync.join', { code: '  ABC123   ', allowInsecure: false }),
    ).rejects.toMatchObject({ fields: { code: 'sync.rule.codeShort' } });
  });

  it('refuses an area without its kelurahan, or an RT without its RW, by field', async () => {
    await expect(
      call('community.saveArea', { area: { kelurahan: ' ', rt: '5' } }),
    ).rejects.toMatchObject({
      fields: {
        'area.kelurahan': 'community.errors.kelurahan',
        'area.rw': 'community.errors.rwNeeded',
      },
    });
    await expect(
      call('community.saveArea', { area: { kelurahan: 'Kapuk', rw: 'tiga' } }),
    ).rejects.toMatchObject({ fields: { 'area.rw': 'community.errors.rtRw' } });
  });

  it('refuses an activity without a date or a count, or a mapping that saw nothing', async () => {
    const activity = { areaId: 'area-1', kind: 'socialMapping', notes: '' } as const;
    await expect(
      call('community.saveActivity', {
        activity: {
          ...activity,
          date: '',
          reached: { people: -1 },
          mapping: { resources: '', contacts: '', needs: '' },
        },
      }),
    ).rejects.toMatchObject({
      fields: {
        'activity.date': 'community.errors.date',
        'activity.reached.people': 'community.errors.people',
      },
    });
    await expect(
      call('community.saveActivity', {
        activity: {
          ...activity,
          date: '2026-12-01',
          reached: { people: 3 },
          mapping: { resources: ' ', contacts: '', needs: '' },
        },
      }),
    ).rejects.toMatchObject({
      fields: { 'activity.mapping.resources': 'community.errors.mappingNeeded' },
    });
  });

  it('refuses a blank comment, reply, return, addendum or reflection, at text', async () => {
    const sessionId = 'session-1';
    const blank = { fields: { text: 'cases.validation.required' } };
    await expect(
      call('comments.add', { sessionId, anchor: { kind: 'session' }, text: '  ' }),
    ).rejects.toMatchObject(blank);
    await expect(
      call('comments.reply', { sessionId, commentId: 'comment-1', text: '\n' }),
    ).rejects.toMatchObject(blank);
    await expect(call('review.return', { sessionId, text: ' ' })).rejects.toMatchObject(blank);
    await expect(call('review.addendum', { sessionId, text: '' })).rejects.toMatchObject(blank);
    await expect(call('wellbeing.addReflection', { text: '   ' })).rejects.toMatchObject(blank);
  });

  it('refuses to mark a risk dealt with without a note of what was done, at note', async () => {
    await expect(call('cases.resolveRisk', { caseId, note: '   ' })).rejects.toMatchObject({
      fields: { note: 'cases.risk.noteRequired' },
    });
  });

  it('refuses a safety plan person without a name or with a phone that is not one, and a professional without a number', async () => {
    await expect(
      call('cases.saveSafetyPlan', {
        caseId,
        plan: {
          warningSigns: [],
          copingStrategies: [],
          distractions: { people: [{ name: '  ', phone: '0812 3456 789' }], places: [] },
          helpContacts: [{ name: 'Ibu', phone: 'tanya tetangga' }],
          professionals: [{ name: 'Puskesmas', phone: ' ' }],
          meansSafety: [],
        },
      }),
    ).rejects.toMatchObject({
      code: 'bad_request',
      fields: {
        'plan.distractions.people.0.name': 'cases.validation.required',
        'plan.helpContacts.0.phone': 'cases.validation.phone',
        'plan.professionals.0.phone': 'cases.validation.phoneRequired',
      },
    });
  });

  it('names every refused field with words both catalogs have', () => {
    const inputs: Array<[MethodName, unknown]> = [
      ['carePlan.addGoal', { caseId: 'c', text: '' }],
      ['carePlan.markProgress', { caseId: 'c', sessionId: 's', marks: [] }],
      [
        'cases.create',
        { alias: '', identifying: { phone: 'x', nik: 'y' }, tags: ['x'.repeat(61)] },
      ],
      ['directory.save', { kind: 'healthFacility', name: '', phone: 'x'.repeat(30) }],
      ['household.add', { caseId: 'c', alias: '', identifying: { birthDate: '2999-01-01' } }],
      ['library.add', { content: { ...text, title: '', text: '' } }],
      ['library.add', { content: leaflet, upload: { name: 'a', mediaType: 'x', base64: '' } }],
      ['wellbeing.saveCheck', { answers: {} }],
      ['sessions.create', { caseId: 'c', startsAt: '', durationMinutes: -1, channel: 'x' }],
      ['groups.create', { caseIds: ['c'], startsAt: 'x', durationMinutes: 'x' }],
      ['review.overrideRiskActions', { sessionId: 's', reason: 'short' }],
      ['sync.join', { code: 'short' }],
      ['cases.resolveRisk', { caseId: 'c', note: '' }],
      ['community.saveArea', { area: { kelurahan: '', rw: 'x', rt: '1' } }],
      [
        'community.saveActivity',
        { activity: { areaId: 'a', kind: 'socialMapping', date: '', reached: { people: 0.5 } } },
      ],
    ];
    for (const [method, input] of inputs) {
      const parsed = methods[method].input.safeParse(input);
      expect(parsed.success, method).toBe(false);
      if (parsed.success) continue;
      for (const key of Object.values(fieldProblems(parsed.error))) {
        expect(typeof wordsOf(key, 'id'), key).toBe('string');
        expect(typeof wordsOf(key, 'en'), key).toBe('string');
      }
    }
  });
});
