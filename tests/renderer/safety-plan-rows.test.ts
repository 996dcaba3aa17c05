import { describe, expect, it } from 'vitest';
import { draftOf, planOf, problemsByRow } from '../../renderer/src/cases/safety-plan/draft';

describe("the safety plan form and its method's schema", () => {
  it('shows a problem beside the row it is about, though empty rows are left out of the plan', () => {
    const draft = {
      ...draftOf(null),
      distractionPeople: [
        { name: '', phone: '' },
        { name: '', phone: '0812 3456 789' },
      ],
      professionals: [
        { name: '', phone: '', service: '', emergency: false },
        { name: 'Puskesmas', phone: '', service: '', emergency: false },
      ],
    };
    const { plan, rows } = planOf(draft);
    expect(plan.distractions.people).toEqual([{ name: '', phone: '0812 3456 789' }]);
    expect(plan.professionals).toHaveLength(1);
    expect(
      problemsByRow(
        {
          'plan.distractions.people.0.name': 'cases.validation.required',
          'plan.professionals.0.phone': 'cases.validation.phoneRequired',
          caseId: 'cases.validation.invalid',
        },
        rows,
      ),
    ).toEqual({
      'distractionPeople.1.name': 'cases.validation.required',
      'professionals.1.phone': 'cases.validation.phoneRequired',
      caseId: 'cases.validation.invalid',
    });
  });
});
