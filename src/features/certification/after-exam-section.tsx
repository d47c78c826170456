import { cisspFacts, formatCount, formatUsd } from '../../domain/certification/certification-facts';
import {
  annualFee,
  annualFeeDueDate,
  daysLeft,
  endorsementDeadline,
  type CpeCertification,
} from '../../domain/certification/endorsement-cpe';
import { setCertification, setCertifiedDate, setPassDate, type CertificationProfile } from '../../data/certification-repo';
import { DateField } from './date-field';
import { countOf } from '../../domain/count-text';
import { calendarDayOf } from '../../domain/calendar-day';
import { formatDay } from './format-day';
import { useSaveFailure, useSavedChoice } from '../../ui/use-saved-choice';

export const certificationNames: Record<CpeCertification, string> = {
  cissp: 'CISSP',
  associate: 'Associate of ISC2',
  cc: 'Certified in Cybersecurity (CC)',
};

function deadlineText(passDate: string, now: Date): string {
  const deadline = endorsementDeadline(passDate);
  const days = daysLeft(deadline, now);
  if (days > 0) return `Endorse by ${formatDay(deadline)}: ${countOf(days, 'day')} left.`;
  if (days === 0) return `Endorse by today, ${formatDay(deadline)}: this is the last day.`;
  return `The endorsement deadline, ${formatDay(deadline)}, passed ${countOf(-days, 'day')} ago. Contact ISC2 about your options.`;
}

function feeText(certification: CpeCertification, certifiedDate: string | null, now: Date): string {
  const fee = formatUsd(annualFee(certification));
  if (certifiedDate === null) return `Annual maintenance fee: ${fee} a year. Enter the day you were certified to see when it is due.`;
  return `Annual maintenance fee: ${fee}, next due on ${formatDay(annualFeeDueDate(certifiedDate, now))}.`;
}

interface Props {
  profile: CertificationProfile;
  now: Date;
}

/** After the exam: the endorsement countdown, the certification held, its cycle start and fee. */
export function AfterExamSection({ profile, now }: Props) {
  const [certification, chooseCertification, certificationFailure] = useSavedChoice(profile.certification, setCertification);
  const [dateFailure, watchDateSave] = useSaveFailure();
  return (
    <section className="card" aria-labelledby="after-title">
      <h2 id="after-title">After the exam: endorsement and upkeep</h2>
      {(dateFailure || certificationFailure) && <p role="alert">{dateFailure || certificationFailure}</p>}
      <div className="grid-2">
        <div>
          <h3>Endorsement</h3>
          <DateField
            id="pass-date"
            label="Day you passed the exam"
            initial={profile.passDate}
            help={`An ISC2-certified professional in good standing (or ISC2 itself) must endorse your application within ${formatCount(cisspFacts.endorsementMonths, 'months')} of passing, or the exam must be taken again.`}
            latest={{ day: calendarDayOf(now), message: 'The day you passed is after today; enter the day you passed the exam.' }}
            onCommit={(day) => watchDateSave(setPassDate(day))}
          />
          <p role="status">
            {profile.passDate === null ? 'Enter your pass date to see the endorsement deadline.' : deadlineText(profile.passDate, now)}
          </p>
        </div>
        <div>
          <fieldset>
            <legend>Certification you hold</legend>
            {(Object.keys(certificationNames) as CpeCertification[]).map((c) => (
              <label key={c} className="check">
                <input type="radio" name="certification" checked={certification === c} onChange={() => chooseCertification(c)} />{' '}
                {certificationNames[c]}
              </label>
            ))}
          </fieldset>
          <div style={{ marginTop: '0.75rem' }}>
            <DateField
              id="certified-date"
              label="Day you were certified (starts your CPE cycle)"
              initial={profile.certifiedDate}
              onCommit={(day) => watchDateSave(setCertifiedDate(day))}
            />
          </div>
          <p role="status">{feeText(profile.certification, profile.certifiedDate, now)}</p>
        </div>
      </div>
    </section>
  );
}
