import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';

type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** Issue #13, item 3: two household members per case, one with identifying details. */
export const HOUSEHOLD_MEMBERS_PER_CASE = 2;

/** Adds the case's two members: a child needing schooling and a parent needing health care. */
export async function addHouseholdForCase(call: Call, caseId: string, n: number): Promise<void> {
  await call('household.add', {
    caseId,
    alias: `Anak ${n}`,
    relation: 'child',
    needs: ['schooling', 'documents'],
    needsNote: 'Perlu surat pindah sekolah dan akta kelahiran',
    identifying: { name: `Nama Anak ${n}`, birthDate: '2015-03-02' },
  });
  await call('household.add', {
    caseId,
    alias: `Ibu ${n}`,
    relation: 'parent',
    needs: ['health', 'dailyNeeds'],
    needsNote: 'Kontrol tekanan darah di Puskesmas',
  });
}
