/** The shortcut list: it gives focus back to what opened it when it closes. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ShortcutHelp } from './shortcut-help';

function WithOpener() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Shortcuts
      </button>
      {open && <ShortcutHelp onClose={() => setOpen(false)} />}
    </>
  );
}

const dialog = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts', hidden: true });

describe('ShortcutHelp', () => {
  // Closing by Escape is checked in tests/browser/exam.test.ts: jsdom's dialog has no modal behaviour.
  it('gives focus back to the button that opened it', async () => {
    const user = userEvent.setup();
    render(<WithOpener />);
    const opener = screen.getByRole('button', { name: 'Shortcuts' });
    await user.click(opener);
    expect(dialog()).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    expect(dialog()).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closes on ? as its own row says, giving focus back', async () => {
    const user = userEvent.setup();
    render(<WithOpener />);
    const opener = screen.getByRole('button', { name: 'Shortcuts' });
    await user.click(opener);
    expect(screen.getByRole('row', { name: /show or hide this list/, hidden: true })).toBeInTheDocument();
    await user.keyboard('?');
    expect(dialog()).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('writes each key in its own unbreakable key label, so a narrow screen never splits one', () => {
    render(<ShortcutHelp onClose={() => {}} />);
    const row = (name: RegExp) => screen.getByRole('row', { name, hidden: true });
    const labels = (name: RegExp) => [...row(name).querySelectorAll('kbd')].map((k) => k.textContent);
    expect(labels(/choose an option/)).toEqual(['1–4', 'A–D']);
    expect(row(/choose an option/).querySelector('th')).toHaveTextContent(/^1–4 or A–D$/);
    expect(labels(/confidence|guessed/)).toEqual(['G', 'U', 'S']);
    expect(labels(/undo/)).toEqual(['Ctrl+Z', 'Cmd+Z']);
    expect(labels(/next question/)).toEqual(['→', 'N']);
    for (const kbd of document.querySelectorAll('kbd')) expect(kbd).toHaveStyle({ whiteSpace: 'nowrap' });
  });
});
