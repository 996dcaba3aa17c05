import { describe, expect, it } from 'vitest';
import { countAgencyReport, lastMonth, ReportPeriod } from '../../../../shared/domain/reports';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

describe('the agency report', () => {
  it('defaults to the calendar month before today, across a year end too', () => {
    expect(lastMonth(new Date('2026-12-07T05:00:00Z'))).toEqual(NOVEMBER);
    expect(lastMonth(new Date('2027-01-01T00:00:00Z'))).toEqual({
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(lastMonth(new Date('2028-03-15T12:00:00Z'))).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    });
  });

  it('refuses a period that ends before it starts', () => {
    expect(ReportPeriod.safeParse({ from: '2026-11-30', to: '2026-11-01' }).success).toBe(false);
  });

  it('counts sessions by channel, screens by level and clients once, inside the period only', () => {
    const report = countAgencyReport(
      {
        sessions: [
          { caseId: 'a', startsAt: '2026-11-01T01:00:00Z', channel: 'chat', riskLevel: 'none' },
          {
            caseId: 'a',
            startsAt: '2026-11-30T23:00:00Z',
            channel: 'whatsapp',
            riskLevel: 'high',
            riskAt: '2026-11-30T23:10:00Z',
          },
          {
            caseId: 'b',
            startsAt: '2026-11-15T09:00:00Z',
            channel: 'chat',
            riskLevel: 'low',
            riskAt: '2026-11-15T09:30:00Z',
          },
          { caseId: 'c', startsAt: '2026-12-01T00:00:00Z', channel: 'email', riskLevel: 'none' },
          { caseId: 'd', startsAt: '2026-10-31T23:59:00Z', channel: 'email', riskLevel: 'none' },
        ],
        outreach: [],
        referrals: [],
      },
      NOVEMBER,
    );
    expect(report.sessions.total).toBe(3);
    expect(report.sessions.byChannel).toMatchObject({ chat: 2, whatsapp: 1, email: 0 });
    expect(report.riskScreens).toEqual({
      total: 2,
      byLevel: { none: 0, low: 1, moderate: 0, high: 1 },
    });
    expect(report.clientsReached).toBe(2);
  });

  it('counts outreach by kind and referrals made in the period by where they stand now', () => {
    const report = countAgencyReport(
      {
        sessions: [],
        outreach: [
          { caseId: 'a', date: '2026-11-02', kind: 'healthFacility' },
          { date: '2026-11-03', kind: 'kelurahan' },
          { date: '2026-10-03', kind: 'kelurahan' },
        ],
        referrals: [
          { caseId: 'b', createdAt: '2026-11-04T08:00:00Z', status: 'accepted' },
          { caseId: 'b', createdAt: '2026-11-05T08:00:00Z', status: 'planned' },
          { caseId: 'c', createdAt: '2026-09-05T08:00:00Z', status: 'completed' },
        ],
      },
      NOVEMBER,
    );
    expect(report.outreach.total).toBe(2);
    expect(report.outreach.byKind).toMatchObject({ healthFacility: 1, kelurahan: 1 });
    expect(report.referrals.total).toBe(2);
    expect(report.referrals.byStatus).toEqual({
      planned: 1,
      made: 0,
      accepted: 1,
      completed: 0,
      declined: 0,
    });
    // Outreach without a case reaches no counted client; the referrals are one client's.
    expect(report.clientsReached).toBe(2);
  });

  it("adds up the team's community work by area, busiest area first", () => {
    const report = countAgencyReport(
      {
        sessions: [],
        outreach: [],
        referrals: [],
        community: [
          {
            areaName: 'Kel. Kapuk',
            date: '2026-11-02',
            kind: 'socialMapping',
            people: 0,
            households: 0,
          },
          {
            areaName: 'Kel. Duri',
            date: '2026-11-02',
            kind: 'areaActivity',
            people: 30,
            households: 12,
          },
          {
            areaName: 'Kel. Duri',
            date: '2026-11-09',
            kind: 'areaActivity',
            people: 20,
            households: 5,
          },
          {
            areaName: 'Kel. Duri',
            date: '2026-12-09',
            kind: 'areaActivity',
            people: 99,
            households: 9,
          },
        ],
      },
      NOVEMBER,
    );
    expect(report.areas.map((a) => [a.area, a.activities, a.people, a.households])).toEqual([
      ['Kel. Duri', 2, 50, 17],
      ['Kel. Kapuk', 1, 0, 0],
    ]);
    expect(report.areas[0]?.byKind.areaActivity).toBe(2);
  });

  it("counts the period's sessions and clients by their case's area, busiest first, with those of no area apart", () => {
    const at = (caseId: string, startsAt: string, area?: string) => ({
      caseId,
      startsAt,
      channel: 'chat' as const,
      riskLevel: 'none' as const,
      ...(area ? { area } : {}),
    });
    const report = countAgencyReport(
      {
        sessions: [
          at('a', '2026-11-02T09:00:00Z', 'Kel. Kapuk RW 05'),
          at('a', '2026-11-09T09:00:00Z', 'Kel. Kapuk RW 05'),
          at('b', '2026-11-03T09:00:00Z', 'Kel. Kapuk RW 05'),
          at('c', '2026-11-04T09:00:00Z', 'Kel. Cengkareng Timur'),
          at('d', '2026-11-05T09:00:00Z'),
          at('e', '2026-12-05T09:00:00Z', 'Kel. Duri Kosambi'),
        ],
        outreach: [],
        referrals: [],
      },
      NOVEMBER,
    );
    expect(report.sessionsByArea).toEqual([
      { area: 'Kel. Kapuk RW 05', sessions: 3, clients: 2 },
      { area: '', sessions: 1, clients: 1 },
      { area: 'Kel. Cengkareng Timur', sessions: 1, clients: 1 },
    ]);
  });

  it('has no areas of sessions when no case has one', () => {
    const report = countAgencyReport(
      {
        sessions: [
          { caseId: 'a', startsAt: '2026-11-01T01:00:00Z', channel: 'chat', riskLevel: 'none' },
        ],
        outreach: [],
        referrals: [],
      },
      NOVEMBER,
    );
    expect(report.sessionsByArea).toEqual([]);
  });

  it('holds no case id anywhere in what it returns', () => {
    const caseId = 'f'.repeat(32);
    const report = countAgencyReport(
      {
        sessions: [
          {
            caseId,
            startsAt: '2026-11-01T01:00:00Z',
            channel: 'chat',
            riskLevel: 'none',
            area: 'Kel. Kapuk',
          },
        ],
        outreach: [{ caseId, date: '2026-11-02', kind: 'advocacy' }],
        referrals: [{ caseId, createdAt: '2026-11-04T08:00:00Z', status: 'made' }],
      },
      NOVEMBER,
    );
    expect(JSON.stringify(report)).not.toContain(caseId);
    expect(report.clientsReached).toBe(1);
  });
});
