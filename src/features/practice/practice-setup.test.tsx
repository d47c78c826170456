/**
 * Practice set-up can limit a session to one pack: the bundled bank as a whole, or an imported or
 * authored pack in practice. The choice appears only when there is more than one to choose from.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedBundledPack } from '../../../tests/fixtures/bundled-pack';
import { makeQuestion } from '../../../tests/fixtures/questions';
import { BastionDb, setDatabase } from '../../data/db';
import type { SessionConfig } from '../../domain/study/session';
import { PracticeSetup } from './practice-setup';

let database: BastionDb;
let n = 0;
const now = new Date(2026, 2, 4, 10, 0);

beforeEach(async () => {
  database = new BastionDb(`practice-setup-${++n}`);
  setDatabase(database);
  await seedBundledPack(database, [makeQuestion({ id: 'q1', domain: 1 }), makeQuestion({ id: 'q2', domain: 3, objective: '3.1' })], now);
});
afterEach(async () => {
  await database.delete();
});

async function seedGroupPack(enabled: 0 | 1): Promise<void> {
  const questions = [1, 2, 3].map((i) => makeQuestion({ id: `g${i}`, domain: 2, objective: '2.1' }));
  const ccOnly = makeQuestion({ id: 'g4', exams: ['cc'], ccDomain: 1, ccObjective: '1.1' });
  await database.packs.put({
    id: 'group-bank',
    title: 'Study group bank',
    license: 'CC0-1.0',
    source: 'imported',
    enabled,
    questionCount: 4,
    contentHash: 'g',
    updatedAt: now,
  });
  await database.questions.bulkPut(
    [...questions, ccOnly].map((q) => ({ ...q, key: `group-bank:${q.id}`, packId: 'group-bank', retired: 0 as const })),
  );
}

const renderSetup = () => {
  const onStart = vi.fn<(config: SessionConfig) => void>();
  render(<PracticeSetup exam="cissp" now={() => now} onStart={onStart} />);
  return onStart;
};

describe('PracticeSetup', () => {
  it('limits the session to the pack chosen, counting and naming it', async () => {
    await seedGroupPack(1);
    const onStart = renderSetup();
    const pack = await screen.findByLabelText('Pack');
    expect([...(pack as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'Every pack in practice',
      'Bastion core bank (2 CISSP questions)',
      'Study group bank (3 CISSP questions)',
    ]);
    await screen.findByText(/^5 matching questions/);

    expect(pack).not.toHaveAccessibleDescription();
    await userEvent.selectOptions(pack, 'Study group bank (3 CISSP questions)');
    await screen.findByText(/^3 matching questions/);
    // Named in full under the select (which cuts long titles on a phone), and read with it.
    expect(pack).toHaveAccessibleDescription('Study group bank: 3 CISSP questions');
    await userEvent.click(screen.getByRole('radio', { name: 'Until I stop' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(onStart).toHaveBeenCalledWith(
      expect.objectContaining({ packs: ['group-bank'], title: 'CISSP practice: Study group bank', size: null }),
    );

    await userEvent.selectOptions(pack, 'Bastion core bank (2 CISSP questions)');
    await screen.findByText(/^2 matching questions/);
    await userEvent.selectOptions(pack, 'Every pack in practice');
    await screen.findByText(/^5 matching questions/);
    expect(screen.queryByText(/^(Bastion core bank|Study group bank): /)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Start practice' }));
    expect(onStart.mock.lastCall?.[0]).not.toHaveProperty('packs');
  });

  it('offers no pack choice once only the bundled bank is in practice', async () => {
    await seedGroupPack(1);
    renderSetup();
    await screen.findByLabelText('Pack');
    await database.packs.update('group-bank', { enabled: 0 });
    await waitFor(() => expect(screen.queryByLabelText('Pack')).toBeNull());
    await screen.findByText(/^2 matching questions/);
  });
});
