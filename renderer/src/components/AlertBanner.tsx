/** Props of the alert banner. */
export interface AlertBannerProps {
  readonly message: string;
  readonly onDismiss: () => void;
}

/** A failure the user must see (an article that did not open, an export that failed); the article stays. */
export function AlertBanner({ message, onDismiss }: AlertBannerProps) {
  return (
    <div className="alert-banner" role="alert">
      <span className="alert-icon" aria-hidden="true">
        !
      </span>
      <p className="alert-message">{message}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss} aria-label="Dismiss this message">
        ×
      </button>
    </div>
  );
}
