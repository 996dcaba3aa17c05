import { describe, expect, it } from 'vitest';
import {
  canBeGiven,
  curationStatus,
  LibraryContent,
  LibraryFields,
  parseTags,
  visibleTo,
  type VerifiedDecision,
} from '../../../../shared/domain/library';

const decision = (over: Partial<VerifiedDecision>): VerifiedDecision => ({
  itemId: 'a',
  version: 1,
  contentHash: 'h1',
  decision: 'approved',
  at: 1000,
  signPk: 'sup',
  ...over,
});

describe('the library rules', () => {
  it('reads typed topics as lower-case tags, each once', () => {
    expect(parseTags(' Kecemasan, tidur ,, KECEMASAN,Trauma ')).toEqual([
      'kecemasan',
      'tidur',
      'trauma',
    ]);
  });

  it('wants words for a text, and a file of the right kind for a leaflet or an image', () => {
    const base = { title: 'Napas', language: 'id', tags: [], text: '', textFormat: 'plain' };
    expect(LibraryFields.safeParse({ ...base, kind: 'text' }).success).toBe(false);
    expect(LibraryFields.safeParse({ ...base, kind: 'leaflet' }).success).toBe(true);
    const file = {
      fileId: 'f',
      name: 'x.png',
      mediaType: 'image/png',
      size: 10,
      sha256: '0'.repeat(64),
    };
    expect(LibraryContent.safeParse({ ...base, kind: 'leaflet', file }).success).toBe(false);
    expect(LibraryContent.safeParse({ ...base, kind: 'image', file }).success).toBe(true);
    expect(LibraryContent.safeParse({ ...base, kind: 'image' }).success).toBe(false);
  });

  it('is a draft until approved, and again once its content changed', () => {
    const item = { id: 'a', version: 1 };
    expect(curationStatus(item, 'h1', []).status).toBe('draft');
    expect(curationStatus(item, 'h1', [decision({})]).status).toBe('approved');
    const changed = curationStatus({ id: 'a', version: 2 }, 'h2', [decision({})]);
    expect(changed).toMatchObject({ status: 'draft', changedSinceApproval: true });
  });

  it('follows the newest decision, and keeps a hidden or retired item so whatever its version', () => {
    const item = { id: 'a', version: 3 };
    const hidden = decision({ decision: 'hidden', at: 2000, version: 1 });
    expect(curationStatus(item, 'h3', [decision({}), hidden]).status).toBe('hidden');
    const again = decision({ at: 3000, version: 3, contentHash: 'h3' });
    expect(curationStatus(item, 'h3', [hidden, again]).status).toBe('approved');
  });

  it('shows a counselor approved items and their own drafts; a curator everything', () => {
    const counselor = { actorId: 'rina', curates: false };
    expect(visibleTo(counselor, { addedBy: 'dewi', status: 'approved' })).toBe(true);
    expect(visibleTo(counselor, { addedBy: 'rina', status: 'draft' })).toBe(true);
    expect(visibleTo(counselor, { addedBy: 'dewi', status: 'draft' })).toBe(false);
    expect(visibleTo(counselor, { addedBy: 'rina', status: 'hidden' })).toBe(false);
    expect(
      visibleTo({ actorId: 'sup', curates: true }, { addedBy: 'dewi', status: 'retired' }),
    ).toBe(true);
    expect(canBeGiven('approved')).toBe(true);
    expect(canBeGiven('draft')).toBe(false);
  });
});
