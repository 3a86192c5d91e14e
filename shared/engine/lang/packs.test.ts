import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding';
import { analyze } from '../analyze';
import { REPORTING_VERBS } from '../quotes/lexicon';
import { createTextContext } from '../text/text-context';
import { packFor } from './index';

// Sentences of our own in the shapes met in Spanish, French, German and Russian news copy.

function marked(text: string, layer: Finding['layer']): string[] {
  return analyze(text)
    .filter((finding) => finding.layer === layer)
    .map((finding) => finding.text);
}

function speakers(text: string): (string | undefined)[] {
  return analyze(text).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
}

describe('Spanish pack', () => {
  it('marks an outlet used as a source after "según" and under its local name', () => {
    const found = analyze('Según la agencia oficial norcoreana KCNA, el líder supervisó el lanzamiento del misil balístico el jueves por la mañana.');
    expect(found.find((f) => f.layer === 'state-media')).toMatchObject({ text: 'la agencia oficial norcoreana KCNA', outlet: 'KCNA', country: 'KP' });
  });

  it('marks generic references and back-references, not a negated report', () => {
    const text =
      'Los medios estatales informaron el viernes de la visita del presidente a la fábrica. La agencia añadió que la producción había aumentado este año.';
    expect(marked(text, 'state-media')).toEqual(['Los medios estatales', 'La agencia']);
    expect(marked('La agencia oficial KCNA no informó sobre el lanzamiento del misil que Seúl detectó el jueves por la mañana.', 'state-media')).toEqual([]);
  });

  it('gives a quote the speaker of an inverted verb', () => {
    expect(speakers('“Vamos a responder con firmeza a cualquier provocación”, dijo el ministro Juan Pérez en una rueda de prensa en la capital.')).toEqual([
      'Juan Pérez',
    ]);
  });

  it('marks the conditional of rumour, but not in a question or an "if" sentence', () => {
    expect(marked('El ataque habría causado al menos veinte muertos en la ciudad fronteriza durante la noche del martes.', 'unverified')).toHaveLength(1);
    expect(marked('¿Habría muerto el comandante si el ataque hubiera llegado una hora antes a la base militar?', 'unverified')).toEqual([]);
    expect(marked('Si hubiera llegado antes al hospital, el soldado habría sobrevivido a sus heridas según los médicos.', 'unverified')).toEqual([]);
  });

  it('does not end a sentence at "Sr."', () => {
    const context = createTextContext('El Sr. García llegó a Madrid el lunes. Luego viajó a Lisboa para reunirse con el ministro.', packFor('es'));
    expect(context.sentences).toHaveLength(2);
  });

  it('takes a dialogue dash for no quotation mark', () => {
    expect(marked('—Nunca aceptaremos estas condiciones —dijo el portavoz del Gobierno a los periodistas reunidos en la sala.', 'quote')).toEqual([]);
  });
});

describe('French pack', () => {
  it('marks an outlet after "selon" with its noun phrase, and French guillemets with their speaker', () => {
    const text =
      "Selon l'agence officielle nord-coréenne KCNA, le dirigeant a supervisé l'essai. « Nous ne reculerons pas », a déclaré le ministre Jean Dupont devant la presse.";
    expect(marked(text, 'state-media')).toEqual(["l'agence officielle nord-coréenne KCNA"]);
    expect(speakers(text)).toEqual(['Jean Dupont']);
  });

  it('marks the journalistic conditional and "la télévision d\'État", not a past conditional after "si"', () => {
    expect(
      marked("L'attaque aurait fait une vingtaine de morts parmi les civils, selon un bilan provisoire publié dans la soirée.", 'unverified'),
    ).toHaveLength(1);
    expect(marked("S'il avait su, il aurait refusé le poste que lui proposait le gouvernement au printemps dernier.", 'unverified')).toEqual([]);
    expect(marked("La télévision d'État a diffusé jeudi des images du défilé militaire organisé dans la capitale.", 'state-media')).toEqual([
      "La télévision d'État",
    ]);
  });

  it('does not end a sentence at "M."', () => {
    expect(createTextContext('M. Dupont est arrivé lundi à Paris. Il repartira demain pour Bruxelles.', packFor('fr')).sentences).toHaveLength(2);
  });
});

describe('German pack', () => {
  it('marks "laut" and "zufolge" frames and the Staatsmedien', () => {
    expect(
      marked('Laut der staatlichen Nachrichtenagentur KCNA beaufsichtigte der Machthaber den Test der neuen Rakete am Donnerstag.', 'state-media'),
    ).toEqual(['der staatlichen Nachrichtenagentur KCNA']);
    expect(marked('Der Agentur Xinhua zufolge wurden bei dem Erdbeben in der Provinz mindestens zwölf Menschen verletzt.', 'state-media')).toHaveLength(1);
    expect(marked('Die Staatsmedien berichteten am Abend ausführlich über den Besuch des Präsidenten in der Hauptstadt.', 'state-media')).toEqual([
      'Die Staatsmedien',
    ]);
  });

  it('marks reportative sollen, not the subjunctive of reported speech', () => {
    expect(marked('Der General soll den Befehl zum Angriff auf das Dorf persönlich gegeben haben, heißt es in dem Bericht.', 'unverified')).toHaveLength(1);
    expect(marked('Die Lage an der Grenze sei ruhig, sagte ein Sprecher des Ministeriums am Montag in Berlin vor Journalisten.', 'unverified')).toEqual([]);
  });

  it('pairs „…“ and ‚…‘ quotation marks', () => {
    expect(marked('„Wir werden nicht nachgeben“, sagte der Minister Hans Müller am Dienstag in Berlin vor den Abgeordneten.', 'quote')).toHaveLength(1);
    expect(marked('Er nannte den Plan ‚einen Angriff auf unsere Souveränität‘, sagte der Minister vor den Abgeordneten im Parlament.', 'quote')).toEqual([
      '‚einen Angriff auf unsere Souveränität‘',
    ]);
  });
});

describe('Russian pack', () => {
  it('marks local outlet names after "как сообщает" and "по данным", and state media in any case', () => {
    expect(marked('Как сообщает ТАСС, переговоры продолжатся на следующей неделе в Стамбуле при участии посредников.', 'state-media')).toEqual(['ТАСС']);
    expect(marked('По данным РИА Новости, в результате удара пострадали три человека, в том числе ребенок.', 'state-media')).toEqual(['РИА Новости']);
    expect(marked('Государственные СМИ КНДР сообщили о новом испытании крылатой ракеты над Желтым морем.', 'state-media')).toHaveLength(1);
  });

  it('marks hearsay and non-verification, and gives guillemets a speaker', () => {
    expect(marked('В результате обстрела якобы погибли двадцать мирных жителей, в том числе дети.', 'unverified')).toHaveLength(1);
    expect(marked('Эти данные не удалось независимо проверить.', 'unverified')).toHaveLength(1);
    expect(speakers('«Мы готовы к переговорам», — заявил министр иностранных дел Сергей Лавров журналистам в Москве.')).toEqual(['Сергей Лавров']);
  });

  it('does not end a sentence at "г."', () => {
    expect(createTextContext('Договор подписан в 1991 г. В Москве. Он действует до сих пор.', packFor('ru')).sentences).toHaveLength(2);
  });
});

describe('the pack words', () => {
  it('are taken out of the English word lists after an analysis, so English copy is read as before', () => {
    analyze('«Мы готовы к переговорам», — заявил министр иностранных дел Сергей Лавров журналистам в Москве.');
    expect(REPORTING_VERBS.has('заявил')).toBe(false);
    expect(REPORTING_VERBS.has('said')).toBe(true);
  });
});

describe('Spanish and French shapes met in round-2 tune articles', () => {
  it('marks an outlet after "reseñó" and an agency in a copyright credit', () => {
    expect(marked('Los dos presidentes llegaron de madrugada a la capital, reseñó Telesur en su portal web.', 'state-media')).toEqual(['Telesur']);
    expect(marked('La ministra visita Ereván. ©Iván Pérez/TASS/Sipa\n\nLa visita dura dos días.', 'state-media')).toEqual(['TASS']);
    expect(marked('Le ministre arrive à Erevan. ©Jean Dupont/TASS/Sipa\n\nLa visite dure deux jours.', 'state-media')).toEqual(['TASS']);
  });

  it('marks unnamed sources that speak, not sources of energy', () => {
    expect(marked('La empresa quiere el conflicto, según dijeron a este diario dos fuentes del ministerio.', 'unverified')).toHaveLength(1);
    expect(marked('Una de las fuentes manifestó que la empresa no quiere un acuerdo con el sindicato.', 'unverified')).toHaveLength(1);
    expect(marked('Fuentes de la compañía dijeron que la medida busca descomprimir la situación.', 'unverified')).toHaveLength(1);
    expect(marked('“Tenemos un compromiso con el puerto”, explicaron las fuentes.', 'unverified')).toHaveLength(1);
    expect(marked('Las fuentes de energía renovable crecieron un diez por ciento el año pasado.', 'unverified')).toEqual([]);
  });

  it('passes over "notamment" between a subject and its verb', () => {
    expect(speakers('Le ministre Paul Martin a parlé des réfugiés. Le ministre a notamment affirmé « Nous continuerons à les aider », a-t-il ajouté.')).toEqual(
      ['Paul Martin (Le ministre)'],
    );
  });
  it('reads "d’après X", "de acuerdo con X", a title with its full stop and "le Premier ministre X"', () => {
    expect(speakers('D’après Pierre Lefèvre, « rien ne justifie cette décision » prise hier soir.')).toEqual(['Pierre Lefèvre']);
    expect(speakers('De acuerdo con Ana López, “la economía crecerá este año” según las previsiones.')).toEqual(['Ana López']);
    expect(speakers('“La economía crecerá”, afirmó el Sr. Sánchez durante la rueda de prensa.')).toEqual(['Sánchez']);
    expect(speakers('« Nous ne céderons pas », a affirmé le Premier ministre Gabriel Attal devant les députés.')).toEqual(['Gabriel Attal']);
  });

  it('stops an inverted subject before the person spoken to, and passes a relative pronoun back to its antecedent', () => {
    expect(speakers('“La empresa cambió las reglas”, afirmó un asesor del Ministerio a El Diario.')).toEqual(['un asesor del Ministerio']);
    expect(speakers('Même discours chez Alen Simonyan, président du Parlement, qui avait indiqué : « Nous sommes prêts. »')).toEqual(['Alen Simonyan']);
  });

  it('keeps the speaker of a quote introduced by "pronunció"', () => {
    expect(
      speakers('El presidente Mujica expresó: “Siento la necesidad de un abrazo”.\n\nPronunció las palabras en su honor: “Un amigo muy solidario”.'),
    ).toEqual(['Mujica', 'Mujica']);
  });
  it('passes over a short phrase between an inverted verb and its subject, and an opening "Por su parte," or "Ayer,"', () => {
    expect(speakers('“No vamos a retroceder”, sostuvo ante los periodistas el canciller Santiago Cafiero.')).toEqual(['Santiago Cafiero']);
    expect(speakers('“Vamos a bajar la inflación”, afirmó este martes en conferencia de prensa el ministro de Economía, Sergio Massa.')).toEqual([
      'Sergio Massa',
    ]);
    expect(speakers('« Rien n’est réglé », a déclaré mardi à la presse le ministre des Affaires étrangères, Jean-Noël Barrot.')).toEqual(['Jean-Noël Barrot']);
    expect(speakers('“La inflación bajará”, dijo a Reuters una fuente del ministerio.')).toEqual(['una fuente del ministerio']);
    expect(speakers('Por su parte, el vocero presidencial, Juan Pérez, indicó que “no hay motivos para preocuparse”.')).toEqual(['Juan Pérez']);
    expect(speakers('Ayer, el vocero presidencial, Juan Pérez, indicó: “No hay motivos para preocuparse”.')).toEqual(['Juan Pérez']);
  });
});

describe('nominal claims, accusations and agentless frames (esfr3)', () => {
  it('marks the Spanish noun "claim that", accusations as nouns and agentless "seen as"', () => {
    expect(marked('La afirmación de que el alcalde desvió fondos públicos ha circulado durante toda la campaña electoral.', 'unverified')).toHaveLength(1);
    expect(marked('El juez, sancionado el año pasado bajo acusaciones de corrupción, busca ahora un nuevo mandato en el tribunal.', 'unverified')).toHaveLength(
      1,
    );
    expect(marked('La huelga del lunes fue interpretada como un gesto de apoyo al ministro por parte de los sindicatos.', 'unverified')).toHaveLength(1);
    expect(marked('En los últimos años la ciudad ha visto como los alquileres subían sin parar en todos los barrios del centro.', 'unverified')).toEqual([]);
  });

  it('marks a French accusation whose object carries an apposition, and "accusé pour"', () => {
    const apposition = 'Les familles accusent le parti, dont le chef actuel est l’héritier, d’avoir été fondé par d’anciens miliciens de la guerre.';
    expect(marked(apposition, 'unverified')).toHaveLength(1);
    expect(marked('Le commandant accusé pour vol aggravé a comparu mercredi devant le tribunal militaire de la capitale.', 'unverified')).toHaveLength(1);
    expect(marked('Le ministre a répondu aux accusations contre la police de violences pendant les manifestations de la semaine.', 'unverified')).toHaveLength(
      1,
    );
  });
});
