import { describe, expect, it } from 'vitest';
import { analysisLanguage } from '../analyze';
import { detectLanguage, packLanguageOf, resolveLanguage } from './detect-language';

const SPANISH = 'El Gobierno anunció el martes un nuevo paquete de ayudas para los agricultores afectados por la sequía, que según los sindicatos llega tarde.';
const FRENCH = "Le gouvernement a annoncé mardi un nouveau plan d'aide aux agriculteurs touchés par la sécheresse, que les syndicats jugent trop tardif.";
const GERMAN =
  'Die Regierung hat am Dienstag ein neues Hilfspaket für die von der Dürre betroffenen Landwirte angekündigt, das nach Ansicht der Verbände zu spät kommt.';
const RUSSIAN = 'Правительство во вторник объявило о новом пакете помощи фермерам, пострадавшим от засухи, который, по мнению профсоюзов, запоздал.';
const ENGLISH = 'The government announced a new aid package on Tuesday for farmers hit by the drought, which the unions say comes too late.';

describe('detectLanguage', () => {
  it.each([
    ['es', SPANISH],
    ['fr', FRENCH],
    ['de', GERMAN],
    ['ru', RUSSIAN],
    ['en', ENGLISH],
  ])('recognises %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('decides on the body: a quoted paragraph in another language does not switch the article', () => {
    const article = [RUSSIAN, `"${ENGLISH}"`, 'Министр добавил, что средства поступят в регионы до конца месяца, а заявки будут приниматься онлайн.'].join(
      '\n\n',
    );
    expect(detectLanguage(article)).toBe('ru');
    const english = [ENGLISH, `«${FRENCH}»`, 'The minister added that the money would reach the regions before the end of the month.'].join('\n\n');
    expect(detectLanguage(english)).toBe('en');
  });

  it('says nothing for text too short to tell, and the fallback is English', () => {
    expect(detectLanguage('Hola.')).toBeUndefined();
    expect(resolveLanguage('Hola.')).toBe('en');
  });
});

describe('resolveLanguage', () => {
  it('lets a choice override detection', () => {
    expect(resolveLanguage(RUSSIAN, 'fr')).toBe('fr');
    expect(resolveLanguage(RUSSIAN, 'auto')).toBe('ru');
    expect(analysisLanguage(RUSSIAN, { language: 'en' })).toBe('en');
  });

  it('falls back on the declared language, by its primary subtag, when detection cannot tell', () => {
    expect(resolveLanguage('Sí.', 'auto', 'es-MX')).toBe('es');
    expect(resolveLanguage('Ja.', 'auto', 'nl')).toBe('en');
    expect(packLanguageOf('de-AT')).toBe('de');
    expect(packLanguageOf('pt')).toBeUndefined();
  });
});
