import { useMemo, useState } from 'react';
import { assignmentFileName, assignmentLink, serializeGroupDocument } from '../../domain/group/group-codec';
import { GROUP_CAPS, type Assignment } from '../../domain/group/group-schema';
import { downloadText } from '../../ui/download-file';
import { QrCode } from '../../ui/qr-code';
import { countText } from '../../domain/count-text';

/** Where the app lives (origin and base path), so a link opens this same app. */
const appBase = () => `${window.location.origin}${import.meta.env.BASE_URL}`;

/**
 * Three ways to hand out one assignment: a file, a link (the assignment rides in the URL fragment,
 * which never reaches a server) and a QR code of that link for phones. A link longer than the cap
 * is still shown, but with the advice to send the file, and no QR code.
 */
export function AssignmentShare({ id, assignment }: { id: string; assignment: Assignment }) {
  const link = useMemo(() => assignmentLink(assignment, appBase()), [assignment]);
  const fileName = assignmentFileName(assignment);
  const [message, setMessage] = useState('');
  const fits = link.length <= GROUP_CAPS.shareLinkChars;
  const linkId = `${id}-link`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setMessage('Link copied.');
    } catch {
      (document.getElementById(linkId) as HTMLInputElement | null)?.select();
      setMessage('The browser did not allow copying: the link is selected, press Ctrl+C (or Cmd+C).');
    }
  }

  return (
    <div id={id} className="share">
      <h3>Share “{assignment.title}”</h3>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            downloadText(fileName, [serializeGroupDocument(assignment)], 'application/json');
            setMessage(`Saved ${fileName}.`);
          }}
        >
          Download file ({fileName})
        </button>
      </div>
      <label htmlFor={linkId}>Link to the assignment</label>
      <div className="row">
        <input id={linkId} className="grow" readOnly value={link} onFocus={(e) => e.target.select()} />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className={fits ? 'muted' : 'banner'}>
        The link is {countText(link.length)} characters long
        {fits
          ? '. Everything after “#” stays in the browser that opens it: no server ever sees the assignment.'
          : `, more than ${countText(GROUP_CAPS.shareLinkChars)}: too long for a QR code and for some chat and mail apps. Send the file instead.`}
      </p>
      {fits && <QrCode text={link} label={`QR code of the link to “${assignment.title}”`} />}
      <p role="status">{message}</p>
    </div>
  );
}
