import { LANGUAGE_NAMES, LANGUAGES, type Language, type LanguageChoice } from '../../../shared/engine/lang/detect-language';

/** Props of the article-language control. */
export interface LanguagePickerProps {
  /** What the reader chose: a language, or `auto`. */
  readonly choice: LanguageChoice;
  /** The language the engine used (the detected one when the choice is `auto`). */
  readonly used: Language;
  readonly onChoose: (choice: LanguageChoice) => void;
}

/** Chooses the language the article is analysed in; choosing re-runs the analysis with that language's pack. */
export function LanguagePicker({ choice, used, onChoose }: LanguagePickerProps) {
  return (
    <p className="language-picker">
      <label>
        Article language{' '}
        <select
          value={choice}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (value === 'auto' || (LANGUAGES as readonly string[]).includes(value)) onChoose(value as LanguageChoice);
          }}
        >
          <option value="auto">Detected: {LANGUAGE_NAMES[used]}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
