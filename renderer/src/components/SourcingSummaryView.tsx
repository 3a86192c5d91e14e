import { useMemo } from 'react';
import type { SourcingSummary } from '../../../shared/summary/sourcing-summary';

/** Props of the summary. */
export interface SourcingSummaryViewProps {
  readonly summary: SourcingSummary;
  /** BCP 47 locale the numbers are written in; the reader's own by default. */
  readonly locale?: string;
}

/** How the article is sourced, in a few sentences; the one-source sentence is set apart as a note. */
export function SourcingSummaryView({ summary, locale }: SourcingSummaryViewProps) {
  const oneSource = summary.reliesOnOneStateSource;
  const shareValue = Math.round(summary.stateMediaShare * 100);
  const share = useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(summary.stateMediaShare),
    [locale, summary.stateMediaShare],
  );
  return (
    <section className="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" className="sidebar-title">
        Sourcing at a glance
      </h2>
      <div className="summary-share" aria-hidden="true">
        <div className="summary-share-bar">
          <span className="summary-share-fill" style={{ width: `${shareValue}%` }} />
        </div>
        <span className="summary-share-value">{share} of sentences cite state media</span>
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
