import { GENERIC_OUTLET_LABEL, type SourcingSummary } from '../../../shared/summary/sourcing-summary';

/** Props of the summary. */
export interface SourcingSummaryViewProps {
  readonly summary: SourcingSummary;
}

/** Whether most state-media attributions go to one named outlet: worth a warning of its own. */
export function reliesOnOneStateSource(summary: SourcingSummary): boolean {
  const top = summary.outlets[0];
  return top !== undefined && top.outlet !== GENERIC_OUTLET_LABEL && top.attributions * 2 > summary.stateMediaAttributions && summary.stateMediaAttributions >= 2;
}

/** How the article is sourced, in a few sentences; the one-source sentence is set apart as a note. */
export function SourcingSummaryView({ summary }: SourcingSummaryViewProps) {
  const oneSource = reliesOnOneStateSource(summary);
  const shareValue = Math.round(summary.stateMediaShare * 100);
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="sidebar-title">
        Sourcing at a glance
      </h2>
      <div className="summary-share" aria-hidden="true">
        <div className="summary-share-bar">
          <span className="summary-share-fill" style={{ width: `${shareValue}%` }} />
        </div>
        <span className="summary-share-value">{shareValue} % on state media</span>
      </div>
      <ul className="summary-sentences">
        {summary.sentences.map((sentence) => {
          const isOneSourceNote = oneSource && /state source/.test(sentence);
          return (
            <li key={sentence} className={isOneSourceNote ? 'summary-note' : undefined}>
              {isOneSourceNote ? <span role="note">{sentence}</span> : sentence}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
