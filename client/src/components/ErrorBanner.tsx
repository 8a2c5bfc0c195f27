// A failure said in a sentence, announced at once (role="alert"), optionally dismissible.
import { Button } from './Button';

export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div className="banner banner-error" role="alert">
      <span className="banner-icon" aria-hidden="true">!</span>
      <p>{message}</p>
      {onDismiss && (
        <Button variant="quiet" onClick={onDismiss}>
          Dismiss
        </Button>
      )}
    </div>
  );
}
