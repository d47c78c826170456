import { useState } from 'react';
import { decodeAssignmentLink, formatBytes, parseGroupFile } from '../../domain/group/group-codec';
import { GROUP_CAPS, type Assignment } from '../../domain/group/group-schema';
import { ActionStatus } from '../../ui/action-status';
import { FileDrop } from '../../ui/file-drop';
import { AssignmentOffer } from './assignment-offer';
import { ProblemList } from './problem-list';

type Step =
  { kind: 'idle'; message: string } | { kind: 'offer'; assignment: Assignment } | { kind: 'refused'; what: string; problems: string[] };

/** Open an assignment from a pasted link or a `.bastion.json` file (picked or dropped): preview, then accept. */
export function AssignmentOpen() {
  const [step, setStep] = useState<Step>({ kind: 'idle', message: '' });
  const [link, setLink] = useState('');

  async function openFile(file: File) {
    if (file.size > GROUP_CAPS.fileBytes) {
      setStep({
        kind: 'refused',
        what: file.name,
        problems: [`the file is ${formatBytes(file.size)}, more than a group file can be (2 MB)`],
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setStep({ kind: 'refused', what: file.name, problems: [`the file could not be read: ${String(error)}`] });
      return;
    }
    const parsed = parseGroupFile(text, 'bastion-assignment');
    setStep(parsed.ok ? { kind: 'offer', assignment: parsed.value } : { kind: 'refused', what: file.name, problems: parsed.problems });
  }

  function openLink() {
    const parsed = decodeAssignmentLink(link);
    setStep(parsed.ok ? { kind: 'offer', assignment: parsed.value } : { kind: 'refused', what: 'The link', problems: parsed.problems });
  }

  return (
    <section className="card" aria-labelledby="open-title">
      <h2 id="open-title">Open an assignment</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          openLink();
        }}
      >
        <label htmlFor="assignment-link">Assignment link from your lead</label>
        <input id="assignment-link" className="grow" value={link} onChange={(e) => setLink(e.target.value)} autoComplete="off" />
        <button type="submit" disabled={link.trim() === ''}>
          Open link
        </button>
      </form>
      <FileDrop
        id="assignment-file"
        label="Or an assignment file (.bastion.json)"
        accept=".json,application/json"
        hint="Choose the file, or drop it here. It is only read: nothing changes until you accept."
        onFiles={([file]) => void openFile(file!)}
      />
      {step.kind === 'refused' && <ProblemList title={`${step.what} cannot be opened.`} problems={step.problems} />}
      {step.kind === 'offer' && (
        <AssignmentOffer
          assignment={step.assignment}
          onAccepted={(title) => {
            setLink('');
            setStep({ kind: 'idle', message: `Accepted “${title}”. It is in your assignments, on Today and on Practice.` });
          }}
          onCancel={() => setStep({ kind: 'idle', message: 'Not accepted. Nothing was changed.' })}
        />
      )}
      {/* Accept and Cancel go with the offer: focus moves to what happened. */}
      <ActionStatus message={step.kind === 'idle' ? step.message : ''} takeFocus />
    </section>
  );
}
