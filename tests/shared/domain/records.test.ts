import { describe, expect, it } from 'vitest';
import {
  CaseMeta,
  isOnlineChannel,
  NOTE_SECTIONS,
  OUTREACH_KIND_LABELS,
  OutreachActivity,
  OutreachKind,
  SessionMeta,
} from '../../../shared/domain';

const caseMeta: CaseMeta = {
  id: 'case-1',
  alias: 'Ibu M.',
  status: 'open',
  counselorId: 'counselor-1',
  tags: ['penyintas covid-19'],
  createdAt: '2025-03-01T09:00:00+07:00',
};

describe('a case record', () => {
  it('needs only an alias: a client may stay anonymous', () => {
    expect(CaseMeta.safeParse(caseMeta).success).toBe(true);
    expect(CaseMeta.safeParse({ ...caseMeta, identifying: {} }).success).toBe(true);
  });

  it('refuses a missing or blank alias', () => {
    const noAlias: Partial<CaseMeta> = { ...caseMeta };
    delete noAlias.alias;
    expect(CaseMeta.safeParse(noAlias).success).toBe(false);
    expect(CaseMeta.safeParse({ ...caseMeta, alias: '' }).success).toBe(false);
    expect(CaseMeta.safeParse({ ...caseMeta, alias: '   ' }).success).toBe(false);
  });

  it('accepts a NIK of exactly 16 digits and nothing else', () => {
    const withNik = (nik: string) => ({ ...caseMeta, identifying: { nik } });
    expect(CaseMeta.safeParse(withNik('3173012345678901')).success).toBe(true);
    for (const nik of [
      '317301234567890',
      '31730123456789012',
      '3173-0123-4567-8901',
      '317301234567890X',
    ]) {
      expect(CaseMeta.safeParse(withNik(nik)).success).toBe(false);
    }
  });

  it('takes only open, referred or closed as its status', () => {
    expect(CaseMeta.safeParse({ ...caseMeta, status: 'archived' }).success).toBe(false);
  });
});

describe('a session record', () => {
  const session: SessionMeta = {
    id: 'session-1',
    caseId: 'case-1',
    startsAt: '2025-03-01T09:00:00+07:00',
    durationMinutes: 45,
    channel: 'whatsapp',
    connectionProblems: ['signalLost', 'quotaRanOut'],
    cues: [{ kind: 'crying', note: 'menangis saat bercerita tentang suaminya' }, { kind: 'emoji' }],
    templateId: 'who2004',
    templateVersion: 1,
  };

  it('validates with its channel, connection problems, cues and template version', () => {
    expect(SessionMeta.safeParse(session).success).toBe(true);
  });

  it('refuses a start time without a time zone, and a negative duration', () => {
    expect(SessionMeta.safeParse({ ...session, startsAt: '2025-03-01 09:00' }).success).toBe(false);
    expect(SessionMeta.safeParse({ ...session, durationMinutes: -5 }).success).toBe(false);
  });

  it('records each connection problem once', () => {
    const twice = { ...session, connectionProblems: ['delay', 'delay'] };
    expect(SessionMeta.safeParse(twice).success).toBe(false);
  });

  it('knows which channels are online', () => {
    expect(isOnlineChannel('faceToFace')).toBe(false);
    expect(isOnlineChannel('videoCall')).toBe(true);
  });

  it('offers the four note sections in order', () => {
    expect(NOTE_SECTIONS.map((s) => s.sectionId)).toEqual([
      'presentingConcern',
      'explored',
      'interventions',
      'plan',
    ]);
  });
});

describe('an outreach activity', () => {
  const activity: OutreachActivity = {
    id: 'o1',
    caseId: 'case-1',
    date: '2025-03-02',
    kind: 'kelurahan',
    counterpart: 'Kelurahan Kapuk',
    outcome: 'Data penyintas dan bantuan sembako disepakati',
    followUp: { date: '2025-03-09', note: 'Cek penyaluran sembako' },
    createdAt: '2025-03-02T15:00:00+07:00',
  };

  it('validates with a date, a kind, a counterpart, an outcome and a follow-up', () => {
    expect(OutreachActivity.safeParse(activity).success).toBe(true);
    const bare: Partial<OutreachActivity> = { ...activity };
    delete bare.followUp;
    delete bare.caseId;
    expect(OutreachActivity.safeParse(bare).success).toBe(true);
  });

  it('refuses an unknown kind or a missing counterpart', () => {
    expect(OutreachActivity.safeParse({ ...activity, kind: 'party' }).success).toBe(false);
    expect(OutreachActivity.safeParse({ ...activity, counterpart: '' }).success).toBe(false);
  });

  it('has the nine kinds of seed 002, each with a label', () => {
    expect(OutreachKind.options).toHaveLength(9);
    expect(OUTREACH_KIND_LABELS.rtRw.id).toBe('Menjangkau pengurus komunitas (RT/RW)');
  });
});
