import type { Question } from '../domain/pack/pack-schema';

const letters = ['A', 'B', 'C', 'D'];

interface Props {
  question: Question;
  /** Display order of the options (indices into question.options). */
  order?: readonly number[];
  /** The option the learner chose (index into question.options), if any. */
  chosen?: number | undefined;
}

/**
 * Every option with the key marked and its explanation: the learning happens here.
 * Text is rendered as text, never as HTML.
 */
export function OptionExplanations({ question, order = [0, 1, 2, 3], chosen }: Props) {
  return (
    <ol className="option-list" aria-label="Options with explanations">
      {order.map((optionIndex, position) => {
        const option = question.options[optionIndex];
        if (!option) return null;
        const isKey = optionIndex === question.answer;
        const isChosen = optionIndex === chosen;
        return (
          <li key={optionIndex} className={`option ${isKey ? 'correct' : isChosen ? 'wrong' : ''}`}>
            <strong>{letters[position]}.</strong> {option.text} {isKey && <span className="pill good">Correct answer</span>}{' '}
            {isChosen && <span className="pill">{isKey ? 'Your answer' : 'Your answer — incorrect'}</span>}
            <p className="explanation">{option.explanation}</p>
          </li>
        );
      })}
    </ol>
  );
}
