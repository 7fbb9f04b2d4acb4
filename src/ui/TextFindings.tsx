// What the checks of the prose found in one text (a year that is not the report's, a figure the tables contradict),
// under the text: each with the sentence, both figures, and a link to the cell it was compared with.
import { memo } from 'react';
import { textFieldOfTarget } from '../checks/reportTexts';
import { useFindings, useServices } from './context';
import { goTo } from './navigate';

const isProseFinding = (id: string) => id.startsWith('year:') || id.startsWith('text:');

export const findingsIdOf = (fieldId: string) => `${fieldId}-findings`;

export const TextFindings = memo(function TextFindings({ fieldId }: { fieldId: string }) {
  const { store } = useServices();
  const findings = useFindings((f) => isProseFinding(f.id) && textFieldOfTarget(f.target) === fieldId);
  // always there, empty when nothing is found: the text box's aria-describedby names it
  return (
    <ul id={findingsIdOf(fieldId)} className="field-findings" hidden={!findings.length}>
      {findings.map((f) => (
        <li key={f.id}>
          <span className="finding-kind">提醒</span>
          {f.message}
          {f.cells[0] && (
            <>
              {' '}
              <a
                href={`#${f.cells[0]}`}
                onClick={(e) => {
                  e.preventDefault();
                  goTo(store, f.cells[0]);
                }}
              >
                到表格中核对
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
});
