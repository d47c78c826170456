import { describe, expect, it } from 'vitest';
import { comparePacks, type ListedPack } from './pack-order';

const bundled = (id: string, title: string, hasCissp: boolean): ListedPack => ({ id, title, source: 'bundled', hasCissp });

describe('comparePacks', () => {
  it('lists the bundled packs in outline order, CISSP first, whatever their titles', () => {
    const packs = [
      bundled('bastion-core-cc-d4', 'Bastion core bank — ISC2 CC Domain 4: Network Security', false),
      bundled('bastion-core-cc-d1-d2', 'Bastion core bank — ISC2 CC Domains 1 and 2', false),
      bundled('bastion-core-cissp-d8', 'Bastion core bank — CISSP Domain 8: Software Development Security', true),
      bundled('bastion-core-cc-d3-d5', 'Bastion core bank — ISC2 CC Domains 3 and 5', false),
      bundled('bastion-core-cissp-d1', 'Bastion core bank — CISSP Domain 1: Security and Risk Management', true),
    ];
    expect([...packs].sort(comparePacks).map((p) => p.id)).toEqual([
      'bastion-core-cissp-d1',
      'bastion-core-cissp-d8',
      'bastion-core-cc-d1-d2',
      'bastion-core-cc-d3-d5',
      'bastion-core-cc-d4',
    ]);
  });

  it('puts imported packs after the bank and "My questions" last, each by title with numbers in order', () => {
    const packs: ListedPack[] = [
      { id: 'mine', title: 'My questions', source: 'authored', hasCissp: true },
      { id: 'z', title: 'Week 10 drills', source: 'imported', hasCissp: true },
      { id: 'a', title: 'Week 9 drills', source: 'imported', hasCissp: false },
      bundled('bastion-core-cc-d4', 'Bastion core bank — ISC2 CC Domain 4: Network Security', false),
    ];
    expect([...packs].sort(comparePacks).map((p) => p.title)).toEqual([
      'Bastion core bank — ISC2 CC Domain 4: Network Security',
      'Week 9 drills',
      'Week 10 drills',
      'My questions',
    ]);
  });
});
