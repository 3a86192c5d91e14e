import { describe, expect, it } from 'vitest';
import type { Finding, QuoteFinding, StateMediaFinding, UnverifiedFinding } from '../../model/finding';
import { analyze } from '../analyze';
import { germanWeakForms } from './verb-forms';

// German shapes met in real news copy (10kGNAD and the real-article corpus), one kind per test.

interface ByLayer {
  'state-media': StateMediaFinding;
  quote: QuoteFinding;
  unverified: UnverifiedFinding;
}

function found<L extends Finding['layer']>(text: string, layer: L): ByLayer[L][] {
  return analyze(text, { language: 'de' }).filter((finding): finding is ByLayer[L] => finding.layer === layer);
}

describe('German outlets', () => {
  it('knows Russian outlets under their German transliterations', () => {
    const text = 'Das berichtete die Nachrichtenagentur Ria Nowosti am Montag. Der Staatssender Rossija 1 zeigte am Abend Bilder der Zerstörungen.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['RIA Novosti', 'Rossiya 1']);
  });

  it('finds a newspaper named in quotation marks, not taking "die Zeitung" for a back-reference', () => {
    const text = 'Die "Global Times" schrieb dazu, es sei ein Erfolg. Das berichtete die Zeitung „Iswestija“ am Dienstag.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['Global Times', 'Izvestia']);
  });
});

describe('German unverified claims', () => {
  it('marks an accusation, in the active and with "beschuldigte"', () => {
    expect(
      found('Nordkoreas Machthaber Kim Jong-un warf der US-Regierung vergangene Woche vor, eine Aggression gegen sein Land vorzubereiten.', 'unverified'),
    ).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('Die Opposition beschuldigte die Regierung, die Wahl manipuliert zu haben.', 'unverified')).toHaveLength(1);
    expect(found('Sie bezichtigt die regierende AKP zudem, die derzeitige Krise provoziert zu haben.', 'unverified')).toHaveLength(1);
    expect(found('Parlamentarier anderer Parteien sehen sich Anschuldigungen wie etwa Amtsmissbrauch ausgesetzt.', 'unverified')).toHaveLength(1);
    expect(found('Gegen die Abgeordneten werden vor allem Terrorvorwürfe erhoben.', 'unverified')).toHaveLength(1);
    expect(
      found('Nach Vorwürfen kurdischer Medien, im Nordirak seien Zivilisten getötet worden, leitete die Türkei eine Untersuchung ein.', 'unverified'),
    ).toHaveLength(1);
  });

  it('does not take "vor" of a place or time for an accusation', () => {
    expect(found('Der Spieler warf den Ball vor dem Tor ins Aus, das Spiel endete torlos.', 'unverified')).toEqual([]);
  });

  it('marks "behauptete" and "steht im Verdacht", but not a denied claim', () => {
    expect(found('Der Konzern behauptete, die Abgaswerte seien eingehalten worden.', 'unverified')).toMatchObject([{ cueKind: 'distancing-frame' }]);
    expect(found('Der Manager steht seit Monaten im Verdacht, Gelder veruntreut zu haben.', 'unverified')).toHaveLength(1);
    expect(found('Das Ministerium hat nie behauptet, dass die Lage sicher sei.', 'unverified')).toEqual([]);
  });
});

describe('German speakers', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes the noun an extended attribute opened by a preposition closes on, not the preposition object', () => {
    expect(speakers('„Die Frist wird nicht halten“, sagte eine mit den Verhandlungen vertraute Person am Abend.')).toEqual(['Person']);
    expect(speakers('„Wir sind weit auseinander“, sagte ein an den Gesprächen beteiligter Diplomat.')).toEqual(['Diplomat']);
    expect(speakers('„Das Verfahren dauert noch“, erklärte die für den Fall zuständige Richterin.')).toEqual(['Richterin']);
    expect(speakers('„Es gibt keine Einigung“, berichtete ein mit den Beratungen in Brüssel gut vertrauter Beamter.')).toEqual(['Beamter']);
    expect(speakers('„Niemand wurde gewarnt“, sagte ein an den langen Nachtsitzungen direkt beteiligter Abgeordneter.')).toEqual(['Abgeordneter']);
    expect(speakers('„Der Plan ist fertig“, zitierte die Zeitung einen von drei mit dem Projekt befassten Ingenieuren.')).toEqual(['Ingenieuren']);
  });

  it('passes over a subject that is plainly a thing or event when "er"/"sie" looks back for a person', () => {
    const speakerOf = (text: string): string | undefined => speakers(text)[0];
    expect(
      speakerOf('Feuerwehrchef Tobias Brandt äußerte sich am Nachmittag. Der Einsatz sei schwierig gewesen, „aber wir haben es geschafft“, sagte er.'),
    ).toContain('Tobias Brandt');
    expect(speakerOf('Bürgermeisterin Anna Kolb trat vor die Kameras. Der Umbau habe sich lange verzögert, „doch nun geht es voran“, sagte sie.')).toContain(
      'Anna Kolb',
    );
    expect(speakerOf('Trainer Marco Weis sprach nach dem Spiel. Der Sieg sei verdient gewesen, „wir waren einfach besser“, sagte er.')).toContain('Marco Weis');
    expect(
      speakerOf('Verteidigungsminister Paul Hartmann reiste nach Litauen. Der Besuch sei lange geplant gewesen, „wir stehen zu unseren Partnern“, betonte er.'),
    ).toContain('Paul Hartmann');
    expect(speakerOf('Staatsanwältin Lea Roth erläuterte den Fall. Der Prozess werde Monate dauern, „die Beweislage ist komplex“, erklärte sie.')).toContain(
      'Lea Roth',
    );
  });

  it('still takes a subject named by a noun of a person for "er"/"sie"', () => {
    expect(speakers('Ministerin Eva Stein traf Helfer. Der Helfer sei erschöpft gewesen, „ich kann nicht mehr“, sagte er.')).toEqual(['Der Helfer']);
    expect(speakers('Ministerin Eva Stein traf Helfer. Die Polizistin habe lange gewartet, „wir waren zu wenige“, sagte sie.')).toEqual(['Die Polizistin']);
  });

  it('reads no name into an article and a noun opening a sentence, so "er"/"sie" goes back to the person by role', () => {
    expect(speakers('Der Minister besuchte die Region. Der Einsatz dauere noch an. „Wir tun alles“, sagte er.')).toEqual(['Der Minister']);
    expect(speakers('Der Kanzler reiste nach Paris. Der Besuch war lange geplant. „Das ist ein gutes Zeichen“, sagte er.')).toEqual(['Der Kanzler']);
    expect(speakers('Die Richterin vertagte die Sitzung. Das Verfahren zieht sich seit Monaten. „Wir brauchen mehr Zeit“, erklärte sie.')).toEqual([
      'Die Richterin',
    ]);
    expect(speakers('Der Trainer wirkte erleichtert. Der Druck war enorm gewesen. „Die Mannschaft hat Charakter gezeigt“, sagte er.')).toEqual(['Der Trainer']);
    expect(
      speakers('Die Bürgermeisterin besichtigte die Deiche. Die Flut hatte schwere Schäden hinterlassen. „So etwas habe ich noch nie gesehen“, sagte sie.'),
    ).toEqual(['Die Bürgermeisterin']);
  });

  it('still reads the name after a role that opens a sentence with its article', () => {
    expect(speakers('Die Sprecherin Maria Klein trat vor die Presse. „Wir prüfen das“, sagte sie.')).toEqual(['Die Sprecherin Maria Klein']);
    expect(speakers('Der Mann wartete am Bahnhof. „Ich komme jeden Tag hierher“, sagte er.')).toEqual(['Der Mann']);
  });

  it('reads no name into a group opening a sentence ("Alle Kräfte", "Mehrere Straßen"), so "er"/"sie" goes back to the person', () => {
    expect(speakers('Der Minister besuchte die Region. Alle Kräfte seien im Einsatz, „wir tun alles“, sagte er.')).toEqual(['Der Minister']);
    expect(speakers('Die Landrätin lobte die Helfer. Viele Freiwillige seien seit Tagen auf den Beinen, „das verdient Respekt“, sagte sie.')).toEqual([
      'Die Landrätin',
    ]);
    expect(speakers('Der Polizeichef sprach am Abend. Mehrere Straßen blieben gesperrt, „die Lage ist aber unter Kontrolle“, sagte er.')).toEqual([
      'Der Polizeichef',
    ]);
    expect(speakers('Die Ministerin traf die Gewerkschaften. Beide Seiten hätten sich angenähert, „wir sind auf einem guten Weg“, sagte sie.')).toEqual([
      'Die Ministerin',
    ]);
    expect(speakers('Der Bürgermeister zog Bilanz. Einige Schulen bleiben geschlossen, „die Sicherheit geht vor“, erklärte er.')).toEqual([
      'Der Bürgermeister',
    ]);
  });

  it('still takes a person named between the role and the pronoun', () => {
    expect(speakers('Der Bürgermeister zog Bilanz. Anna Weber leitet den Krisenstab, „wir arbeiten rund um die Uhr“, sagte sie.')).toEqual(['Anna Weber']);
    expect(speakers('Die Ministerin traf Helfer. Jonas Berg koordiniert die Einsätze, „es fehlt an Material“, sagte er.')).toEqual(['Jonas Berg']);
  });

  it('keeps a preposition phrase after the speaker noun out of the speaker', () => {
    const [calm] = speakers('„Wir bleiben hier“, sagte die Sprecherin mit ruhiger Stimme.');
    expect(calm).toContain('Sprecherin');
    expect(calm).not.toContain('Stimme');
    const [after] = speakers('„Die Lage ist ernst“, sagte der Minister nach dem Treffen mit seinen Kollegen.');
    expect(after).toContain('Minister');
    expect(after).not.toContain('Kollegen');
  });

  it('takes the subject after an auxiliary whose reporting participle closes the clause', () => {
    expect(speakers('Die Lage blieb unklar. „Wir wissen noch nichts“, hatte der Sprecher der Polizei am Morgen gesagt.')).toEqual(['Sprecher der Polizei']);
  });

  it('reads an article that closes the clause after an inverted verb as a pronoun', () => {
    const text = 'Der Bürgermeister Hans Berger kam spät. Die Stadträtin Eva Lindner war schon da. „Das ist ein Fehler“, sagte die. Dann ging sie.';
    expect(speakers(text)[0]).toContain('Eva Lindner');
  });

  it('names a source given in the genitive in the nominative (des, eines; der shows no change)', () => {
    expect(speakers('Im Norden wurden nach Angaben des Verkehrsministeriums "mehrere Brücken gesperrt".')).toEqual(['Verkehrsministerium']);
    expect(speakers('Nach Angaben des Senders war die Stimmung "sehr gereizt".')).toEqual(['Sender']);
    expect(speakers('Nach Angaben eines Präsidenten waren die Lager "fast leer".')).toEqual(['Präsident']);
    expect(speakers('Nach Angaben der Polizei war die Lage "ruhig".')).toEqual(['Polizei']);
  });

  it('finds the subject after the verb when a phrase or a clause stands first', () => {
    expect(speakers('Am Montag sagte der Minister Hans Müller: "Wir werden nicht nachgeben."')).toEqual(['Hans Müller']);
    expect(
      speakers(
        'Aus der Stadt Lhatse, 65 Kilometer vom Epizentrum entfernt, berichtete der 23-jährige Tourist Meng Lingkang, viele Häuser seien beschädigt. »Einige der älteren Häuser sind eingestürzt, und viele Ziegelsteingebäude haben große Risse.«',
      )[0],
    ).toContain('Meng Lingkang');
  });

  it('keeps the subject before the verb when it opens the sentence', () => {
    expect(speakers('Merkel sagte der Zeitung: "Wir werden nicht nachgeben."')).toEqual(['Merkel']);
  });

  it('reads "X zufolge" and a verb after the closing clause', () => {
    expect(
      speakers('Es handelt sich russischen staatlichen Nachrichtenagenturen zufolge um ein "umfassendes Abkommen über eine strategische Partnerschaft".'),
    ).toHaveLength(1);
    expect(speakers('Der Vertrag sehe unter anderem "gegenseitigen Beistand im Falle einer Aggression" vor, sagte Putin.')).toEqual(['Putin']);
  });

  it('reads a capitalised noun before "von" in a headline as a noun, not the first name of the company after it', () => {
    const [speaker] = speakers(
      'Akten von Nordwerk gestohlen\n\nDer Maschinenbauer Nordwerk hat den Diebstahl am Montag bestätigt. Die Firma prüfe den Vorfall, hieß es. „Wir haben die Polizei informiert und arbeiten mit den Behörden zusammen“, sagte Nordwerk am Dienstag.',
    );
    expect(speaker).toContain('Nordwerk');
    expect(speaker).not.toContain('Akten');
  });

  it('carries a speaker over sentences of reported speech to the next quote', () => {
    const text =
      '"Im Winter sind sie nicht auf Frost vorbereitet, im Sommer nicht auf die Waldbrände", sagte Julia Nawalnaja.\n\nEs stünden mehr als 10.000 Häuser unter Wasser. "Aber Putins Beamte beeilen sich nicht, den Menschen zu helfen."';
    expect(speakers(text)).toEqual(['Julia Nawalnaja', 'Julia Nawalnaja']);
  });

  it('resolves "sie" to the subject after the verb when a demonstrative fills the place before it', () => {
    const text =
      'Der Minister Karl Berg hatte am Morgen gesprochen. Das teilte Ministeriumssprecherin Lena Vogt am Abend mit. "Wir prüfen alle Angaben", sagte sie.';
    expect(found(text, 'quote').map((f) => f.speaker)).toEqual(['Ministeriumssprecherin Lena Vogt']);
  });

  it('gives the quote to the subject after the verb when a "zufolge" phrase stands first', () => {
    const text = 'Der Zeitung Nordkurier zufolge erklärte Anna Lenz, dass der "neue Vertrag" bald gelte.';
    expect(found(text, 'quote').map((f) => f.speaker)).toEqual(['Anna Lenz']);
  });

  it('carries a speaker over the Konjunktiv II that stands in for reported speech ("würde", "wäre")', () => {
    const text =
      '"Wir bleiben an der Seite der Bauern", sagte Eva Roth.\n\nOhne Hilfe würde die Ernte verloren gehen. "Das können wir uns nicht leisten."\n\nDer Schaden wäre enorm. "Wir handeln jetzt."';
    expect(speakers(text)).toEqual(['Eva Roth', 'Eva Roth', 'Eva Roth']);
  });
});

describe('German frames of a source', () => {
  it('marks state television used "im" a report and "nach Darstellung", not a mere broadcast', () => {
    const media = (text: string): string[] => found(text, 'state-media').map((f) => f.text);
    expect(media('Putin sagte im Staatsfernsehen, die Lage sei stabil.')).toEqual(['Staatsfernsehen']);
    expect(media('Nach Darstellung der Staatsmedien handelte es sich um Terroristen.')).toEqual(['der Staatsmedien']);
    expect(media('Der Film lief am Abend im Staatsfernsehen.')).toEqual([]);
  });
});

describe('German reports of no one', () => {
  it('marks unnamed media reports and present reportative sollen, not a plan', () => {
    expect(found('Laut Medienberichten wurden drei Menschen verletzt.', 'unverified')).toHaveLength(1);
    expect(found('Wie lokale Medien berichteten, brannte das Haus bis auf die Grundmauern nieder.', 'unverified')).toHaveLength(1);
    expect(found('Die Täter sollen aus Syrien stammen.', 'unverified')).toHaveLength(1);
    expect(found('Das Gesetz soll im Juli in Kraft treten.', 'unverified')).toEqual([]);
    expect(found('Ersten Angaben zufolge wurden fünf Menschen getötet.', 'unverified')).toHaveLength(1);
    expect(found('Nach ersten Angaben der Polizei gab es keine Verletzten.', 'unverified')).toEqual([]);
  });
});

describe('German sources, speculation and prescriptive sollen', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('marks intelligence sources and speculation, not what a constitution prescribes', () => {
    expect(claims('Rund 50 Menschen seien verletzt worden, berichtet die Zeitung unter Berufung auf Geheimdienstquellen.')).toHaveLength(1);
    expect(claims('In der Presse wird bereits über mögliche Minister spekuliert.')).toHaveLength(1);
    expect(claims('Der Regierung sollen laut Verfassung Politiker aller Parteien angehören.')).toEqual([]);
  });

  it('marks the accusation a person denies', () => {
    expect(claims('Der Politiker bestreitet den Vorwurf, er unterhalte Kontakte zu den Rebellen.')).toHaveLength(1);
  });

  it('marks reportative sollen with a present infinitive and a closing ", hieß es", not an attributed "hieß es,"', () => {
    expect(claims('Das Video soll die Festnahme eines Reporters zeigen.')).toHaveLength(1);
    expect(claims('Der Fahrer habe sich selbst gestellt, hieß es.')).toHaveLength(1);
    expect(claims('In der Mitteilung hieß es, man prüfe den Fall.')).toEqual([]);
  });
});

describe('German round 2: state media in more frames, non-verification and hearsay variants', () => {
  it('marks state media joined to another source before "zufolge", on state TV, and a "Propagandasender" that comments', () => {
    const text =
      'Staatlichen Medien und der Regierung zufolge läuft die Suche. Die Lage sei ernst, sagte der Minister im staatlichen Fernsehen. Der General ordnete laut staatlichem TV an, alle Kräfte zu schicken. Der staatliche Propagandasender RT kommentiert, das sei Sprengstoff.';
    expect(found(text, 'state-media').map((f) => f.text)).toEqual([
      'Staatlichen Medien',
      'staatlichen Fernsehen',
      'staatlichem TV',
      'Der staatliche Propagandasender RT',
    ]);
  });

  it('marks inverted and adjectival non-verification, "nicht offiziell bestätigt" and speculation', () => {
    const claims = (text: string): UnverifiedFinding[] => found(text, 'unverified');
    expect(claims('Unabhängig bestätigen ließen sich die Bilder nicht.')).toHaveLength(1);
    expect(claims('Auch diese Angaben waren nicht überprüfbar.')).toHaveLength(1);
    expect(claims('Ein Rückzug wurde bisher nicht offiziell bestätigt.')).toHaveLength(1);
    expect(claims('Mehrere Zeitungen spekulieren, ob der Minister zurücktritt.')).toHaveLength(1);
  });

  it('marks a time-led "hieß es,", reportative "sollen im Einsatz sein" and anonymous interlocutors', () => {
    const claims = (text: string): UnverifiedFinding[] => found(text, 'unverified');
    expect(claims('Am Abend hieß es, die Retter hätten niemanden gefunden.')).toHaveLength(1);
    expect(claims('Auch Hunde sollen im Einsatz sein.')).toHaveLength(1);
    expect(claims('Der Plan sei gescheitert, hieß es unter anonymen Gesprächspartnern der Zeitung.')).toHaveLength(1);
  });
});

describe('German hearsay, round 3', () => {
  const claims = (text: string): UnverifiedFinding[] => found(text, 'unverified');

  it('marks reportative sollen with the verb last in a subordinate clause, not a rule about anyone', () => {
    expect(claims('Die Zeitung schreibt, dass der Fahrer das Schild übersehen haben soll.')).toHaveLength(1);
    expect(claims('Er war glücklich, als sein Sohn geboren worden sein soll.')).toHaveLength(1);
    expect(claims('Ein Beamter, der Geld angenommen haben soll, darf nicht befördert werden.')).toHaveLength(0);
  });

  it('marks reportative sollen with a verb of state', () => {
    expect(claims('Der Minister soll das Vertrauen des Präsidenten genießen.')).toHaveLength(1);
    expect(claims('Die Familie soll in einem Dorf im Norden leben.')).toHaveLength(1);
  });

  it('marks an agentless "als … gesehen" and "galt als", not one that names who sees', () => {
    expect(claims('Der Besuch wird als Zeichen der Annäherung gesehen.')).toHaveLength(1);
    expect(claims('Er wurde eher als Vermittler angesehen.')).toHaveLength(1);
    expect(claims('Der Bürgermeister galt als enger Vertrauter des Gouverneurs.')).toHaveLength(1);
    expect(claims('Der Besuch wird von den Nachbarn mit Sorge gesehen.')).toHaveLength(0);
  });

  it('marks an accusation closed by a dash and a source "vertraut mit" the matter', () => {
    expect(claims('Zugleich warf er dem Nachbarland Provokationen vor – mit Manövern an der Grenze.')).toHaveLength(1);
    expect(claims('Das Blatt beruft sich auf einen mit den Plänen vertrauten Regierungsbeamten.')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
  });
});

describe('German state media, round 3', () => {
  it('marks the agency of a "wie … meldet" clause and one named after its country in the genitive', () => {
    const text = 'Wie die russische Nachrichtenagentur RIA Novosti unter Berufung auf die Polizei meldet, wurde niemand verletzt.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['RIA Novosti']);
    expect(found('Die staatliche Nachrichtenagentur Aserbaidschans, Azertac, meldet, dass eine Delegation abgereist sei.', 'state-media')).not.toHaveLength(0);
  });

  it('marks state TV opening a sentence as the place something was said, and a © credit', () => {
    expect(found('Auch im iranischen Staatsfernsehen wurde der Nachbar verantwortlich gemacht.', 'state-media')).toHaveLength(1);
    expect(found('Der Präsident bei einem Besuch © Tass / Picture Alliance', 'state-media').map((f) => f.outlet)).toEqual(['TASS']);
  });
});

describe('German withheld sources and speakers, round 3', () => {
  it('marks a source not named and a charge "zur Last gelegt"', () => {
    expect(found('Das sagte ein namentlich nicht genannter Beamter.', 'unverified')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(found('Laut Quellen im Ministerium ist der Plan gescheitert.', 'unverified')).toHaveLength(1);
    expect(found('Dem Mann wird Betrug zur Last gelegt.', 'unverified')).toHaveLength(1);
  });

  it('takes the name that closes the sentence after an inverted role phrase', () => {
    const quotes = found('„Das ist ein Gewinn“, sagt die Leiterin des Instituts in Berlin, Jenny Town.', 'quote');
    expect(quotes[0]?.speaker).toBe('Jenny Town');
  });

  it('keeps the role when a medium the words were told to closes the sentence', () => {
    const quotes = found('„Das wird blutig“, sagte der Experte der Deutschen Presse-Agentur.', 'quote');
    expect(quotes[0]?.speaker).toContain('Experte');
  });
});

describe('German quoted names, round 3', () => {
  it('reads a quoted name after a compound whose last part names a website as a name, not a quote', () => {
    expect(found('Nun sprach ein Mitarbeiter mit der Investigativ-Website "Dossier Center" über die Familie.', 'quote')).toHaveLength(0);
    expect(found('Er sagte der Website „Meduza“, er sei gegangen.', 'quote')).toHaveLength(0);
  });
});

describe('German reports that emerged, round 3', () => {
  it('marks reports of no one that emerged, not the ones just named', () => {
    expect(found('Es tauchten Berichte auf, wonach er geflohen sei.', 'unverified')).toMatchObject([{ cueKind: 'rumour' }]);
    expect(found('Zuvor hatte es Berichte gegeben, dass er verhaftet wurde.', 'unverified')).toHaveLength(1);
  });
});

describe('German non-verification and withheld sources, round 4', () => {
  const claims = (text: string): UnverifiedFinding[] => found(text, 'unverified');

  it("marks the agencies' disclaimers in their many word orders", () => {
    expect(claims('Unabhängig sind diese Zahlen nicht zu überprüfen.')).toHaveLength(1);
    expect(claims('Unabhängig prüfen lassen sich solche Angaben meist nicht.')).toHaveLength(1);
    expect(claims('Angaben der Kriegsparteien können oft nicht unmittelbar von unabhängiger Stelle überprüft werden.')).toHaveLength(1);
    expect(claims('Die Zahlen der Armee können von unabhängiger Seite nicht geprüft werden.')).toHaveLength(1);
    expect(claims('Die Lage an der Front ist kaum unabhängig prüfbar.')).toHaveLength(1);
    expect(claims('Der Minister legte keine Beweise für den Angriff vor.')).toHaveLength(1);
  });

  it('does not take "unabhängig davon" for a disclaimer', () => {
    expect(claims('Unabhängig davon wird das Gericht den Antrag nicht prüfen.')).toEqual([]);
  });

  it('marks a source named only by its circle or as "eine … Quelle", not districts or a named insider', () => {
    expect(claims('Aus Hisbollah-Kreisen hieß es, der Anführer sei wohlauf.')).toMatchObject([{ cueKind: 'anonymous-sourcing' }]);
    expect(claims('Regierungskreise bestätigten am Sonntag den Bericht.')).toHaveLength(1);
    expect(claims('Eine israelische Quelle sagte, der Schlag sei eine Warnung gewesen.')).toHaveLength(1);
    expect(claims('Das meldete der Sender mit Verweis auf eine Nato-Quelle.')).toHaveLength(1);
    expect(claims('Die Krisenstäbe in den Kreisen und Städten nehmen die Arbeit auf.')).toEqual([]);
    expect(claims('Zuvor hatte der "Business Insider" über den Umbau geschrieben.')).toEqual([]);
  });

  it("marks a name withheld at the source's wish", () => {
    expect(claims('Ein Offizier, der namentlich nicht genannt werden wollte, bestätigte den Abzug.')).toHaveLength(1);
    expect(claims('Eine Ärztin, die anonym bleiben will, schildert die Lage.')).toHaveLength(1);
  });

  it('marks "what X called" and agentless "als … gehandelt/gefeiert"', () => {
    expect(claims('Moskau verurteilte, was es eine gezielte Provokation nannte.')).toHaveLength(1);
    expect(claims('Kiew reagierte auf das, was es als Erpressung wertete.')).toHaveLength(1);
    expect(claims('Die Ministerin wird als mögliche Nachfolgerin gehandelt.')).toHaveLength(1);
  });
});

describe('German reportative sollen, round 4', () => {
  const claims = (text: string): UnverifiedFinding[] => found(text, 'unverified');

  it('marks hearsay with a perfect, not a plan with a noun, a deadline or a wish', () => {
    expect(claims('Der Oberst soll den Befehl gegeben haben.')).toHaveLength(1);
    expect(claims('Die Männer sollen unter den Toten sein.')).toHaveLength(1);
    expect(claims('Er will den Täter gesehen haben.')).toHaveLength(1);
    expect(claims('Alle Bewerber sollen gleiche Chancen haben.')).toEqual([]);
    expect(claims('Die Schulen sollen bis zum Herbst fertig gebaut sein.')).toEqual([]);
    expect(claims('Der Altbau soll künftig zum Wohnen genutzt werden.')).toEqual([]);
    expect(claims('Mit solchen Strafen soll es bald vorbei sein.')).toEqual([]);
    expect(claims('Wir wollen auf alles vorbereitet sein.')).toEqual([]);
  });

  it('marks the accusation, not the accused named by a noun', () => {
    expect(claims('Die Siedler, die beschuldigt wurden, Bauern angegriffen zu haben, kamen frei.')).toHaveLength(1);
    expect(claims('Die Beschuldigten schweigen bislang.')).toEqual([]);
  });
});

describe('German speakers, round 4', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads reporting verbs in the present and more verbs of speech', () => {
    expect(speakers('„Wir verfolgen die Lage genau“, versichert die Ministerin.')).toEqual(['die Ministerin']);
    expect(speakers('„Das war ein schwerer Fehler“, bemängelte Anna Berger.')).toEqual(['Anna Berger']);
    expect(speakers('„Wir werden sie aufhalten“, versprach Selenskyj.')).toEqual(['Selenskyj']);
  });

  it("keeps attributive adjectives between the article and the role in the speaker's phrase", () => {
    expect(speakers('"Die Lage ist schwierig", sagte der geschäftsführende Gouverneur Alexej Smirnow.')[0]).toContain('Alexej Smirnow');
    expect(speakers('"Die Lage ist schwierig", teilte die ukrainische Armee bei Telegram mit.')).toEqual(['die ukrainische Armee']);
  });

  it('resolves a bare role to the holder of the compound role named before', () => {
    const text = 'Bundeskanzler Olaf Scholz warnte vor Eile. „Wir prüfen alle Optionen“, sagte der Kanzler.';
    expect(speakers(text)[0]).toContain('Olaf Scholz');
    const other = 'Innenministerin Nancy Faeser reiste ab. „Wir bleiben wachsam“, sagte die Ministerin.';
    expect(speakers(other)[0]).toContain('Nancy Faeser');
  });
});

describe('German state media, round 4', () => {
  it('marks a state broadcaster named by a compound noun ("Rundfunksender", "Nachrichtensender")', () => {
    expect(found('Nach Angaben des staatlichen Rundfunksenders TRT brach am Abend Panik aus.', 'state-media').map((f) => f.text)).toEqual([
      'des staatlichen Rundfunksenders TRT',
    ]);
    expect(found('Das berichtete der staatliche Rundfunksender am Abend.', 'state-media')).toHaveLength(1);
  });
});

describe('German agentless rumour, reports of other media and state media in a report frame', () => {
  it('marks "gilt … als" with words between, "wird nachgesagt" and "wurde gemutmaßt"', () => {
    expect(found('Die Flotte gilt innerhalb des Bündnisses als veraltet.', 'unverified')).toHaveLength(1);
    expect(found('Dem Bürgermeister wird nachgesagt, dass er die Wahl gekauft habe.', 'unverified')).toHaveLength(1);
    expect(found('Im Netz wurde gemutmaßt, dass der Trainer bald geht.', 'unverified')).toHaveLength(1);
    expect(found('Es gilt, als Team aufzutreten.', 'unverified')).toEqual([]);
  });

  it('marks reports of unnamed other or foreign media', () => {
    expect(found('Berichten türkischer Medien zufolge gab es keinen Kontakt zur Crew.', 'unverified')).toHaveLength(1);
    expect(found('Andere Medien berichten von einem Brand im Hafen.', 'unverified')).toHaveLength(1);
  });

  it('marks state media after "nach Berichten", not a mere "nach" of time', () => {
    expect(found('Das Schiff musste nach Berichten staatlicher Medien umkehren.', 'state-media').map((f) => f.text)).toEqual(['staatlicher Medien']);
    expect(found('Nach dem Staatsfernsehen kam ein Spielfilm.', 'state-media')).toEqual([]);
  });
});

describe('German speakers, round 10: whom the words were told', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('does not take a dative or genitive phrase after the verb for its subject', () => {
    const told = 'Der Leiter des Amtes, Peter Braun (SPD), sagte der Zeitung, die Stadt brauche "mehr Geld für die Schulen".';
    expect(speakers(told)).toEqual(['Peter Braun']);
    const broadcaster = 'Der Bürgermeister Otto Brand sagte dem Sender, man sei "auf alles gut vorbereitet".';
    expect(speakers(broadcaster)[0]).toContain('Otto Brand');
  });

  it('passes over the person told before a verb at the end of its clause', () => {
    const text = 'Anna Graf ist Juristin. Man müsse "ein dichtes Netz über die ganze Stadt spannen", wie sie der Tagesschau erläuterte.';
    expect(speakers(text)[0]).toContain('Graf');
  });
});

describe('German hearsay and accusations with quoted words inside the clause, round 10', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('reads reportative sollen past a few quoted words', () => {
    expect(claims('Er soll den Trainer als "Versager" bezeichnet haben.')).toEqual(['Er soll den Trainer als "Versager" bezeichnet haben.']);
    expect(claims('Die Firma soll „beste Kontakte“ zur Regierung unterhalten.')).toHaveLength(1);
  });

  it('reads an accusation past quoted words, also in a heading without a full stop', () => {
    expect(claims('Die Opposition wirft dem Minister "blanke Willkür" vor\n\nDer Minister schweigt.')).toEqual([
      'Die Opposition wirft dem Minister "blanke Willkür" vor',
    ]);
  });
});

describe('German speakers, round 10: the clause a participle closes', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('finds the subject by the auxiliary, not by the participle at the end of the clause', () => {
    expect(speakers('Anna Graf hatte über die Lage im Ausland geschrieben: „Die Menschen haben Angst.“')).toEqual(['Anna Graf']);
    expect(speakers('In seiner Rede habe Peter Braun unterstrichen: „Wir bleiben offen für alle.“')).toEqual(['Peter Braun']);
  });

  it('reads more verbs of speech', () => {
    expect(speakers('„Wir haben keine Angst vor ihnen“, äußerte die Ministerin Eva Roth.')[0]).toContain('Eva Roth');
  });
});

describe('German speakers, round 10: a role phrase opened by an article', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('runs a role over its genitive complement to the name in apposition, not to the place', () => {
    const text = '„Die Lage bleibt sehr schwierig“, teilte der neue Landrat des Kreises Talheim, Jonas Weber, am Abend mit.';
    expect(speakers(text)).toEqual(['Jonas Weber']);
  });
});

describe('German round 10: the "gilt als" family and state media in a report', () => {
  it('marks "als … gegolten" and the Konjunktiv "gelte als" like "gilt als"', () => {
    const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);
    expect(claims('Der Händler hatte lange als wichtiger Geldgeber der Gruppe gegolten.')).toHaveLength(1);
    expect(claims('Die Brücke gelte als marode.')).toHaveLength(1);
  });

  it('marks state media whose report is the source ("In einem Bericht des Staatsfernsehens …")', () => {
    const text = 'In einem Bericht des russischen Staatsfernsehens warnten Offiziere vor neuen Angriffen.';
    expect(found(text, 'state-media').map((f) => f.text)).toEqual(['des russischen Staatsfernsehens']);
  });
});

describe('German speakers, round 10: a participle right after the quote', () => {
  it('gives the quote to the subject of the clause the participle closes, not to a later "wie X schrieb"', () => {
    const text = 'Der Minister Otto Brand hatte den Gegner vorher als „Verräter und Lügner“ bezeichnet, wie die Zeitung schrieb.';
    expect(found(text, 'quote').map((f) => f.speaker)[0]).toContain('Otto Brand');
  });
});

describe('German speakers, round 12: where the speaker is, not who', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('ends an inverted speaker phrase before a place or platform ("in Kiew", "bei Telegram")', () => {
    expect(speakers('„Die Leitungen sind repariert“, teilte das Energieministerium in Kiew mit.')).toEqual(['Energieministerium']);
    expect(speakers('„Wir bleiben wachsam“, sagte der Sprecher in Bonn.')).toEqual(['der Sprecher']);
    expect(speakers('„Die Lage ist ruhig“, schrieb die Stadtverwaltung bei Telegram.')[0]).toContain('Stadtverwaltung');
  });
});

describe('German speakers, round 12: a name before "von der" and an adjective', () => {
  it('keeps the name when the body after "von der" opens with a lower-case adjective', () => {
    const text = '«Das ist eindeutig», sagt Lena Kraft von der bekannten Stiftung Neue Wege.';
    expect(found(text, 'quote').map((f) => f.speaker)).toEqual(['Lena Kraft']);
  });
});

describe('German round 12: state media after "laut einem Bericht"', () => {
  it('marks the outlet whose report a "laut/nach/gemäß + article + report noun" frame names', () => {
    const text = 'Drei Lagerhallen brannten laut einem Bericht der staatlichen Agentur Xinhua nieder.';
    expect(found(text, 'state-media').map((f) => f.outlet)).toEqual(['Xinhua']);
  });
});

describe('German round 12: non-verification with the verb first', () => {
  it('marks "Bestätigen lassen sich … nicht" without "unabhängig" before the verb', () => {
    expect(found('Bestätigen lassen sich diese Zahlen bislang nicht.', 'unverified')).toHaveLength(1);
    expect(found('Prüfen lassen sich die Geräte jederzeit in der Werkstatt.', 'unverified')).toHaveLength(0);
  });
});

describe('German speakers, round 12: a quote inside a sentence of reported speech', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('gives a quote in a Konjunktiv sentence right after a quote to that quote’s speaker, across a paragraph break', () => {
    const text = '„Ich bin dagegen, weil es schadet“, schrieb Jakob Brandt.\n\nDas sei für ihn „ein Weg des stillen Widerstands“.';
    expect(speakers(text)).toEqual(['Jakob Brandt', 'Jakob Brandt']);
  });

  it('does not take a sentence adverb for a speaker ("Grundsätzlich gelte aber: „…“")', () => {
    const text = '„Dazu sagen wir nichts“, sagte Mia Roth. Grundsätzlich gelte aber: „Wir prüfen jeden einzelnen Fall sehr genau.“';
    expect(speakers(text)).toEqual(['Mia Roth', 'Mia Roth']);
  });

  it('reads "erinnert" as a verb of speech', () => {
    expect(speakers('„Hier stand früher die alte Mühle“, erinnert Paul Huber.')).toEqual(['Paul Huber']);
  });
});

describe('German round 12: accusation nouns with their content', () => {
  const claims = (text: string): number => found(text, 'unverified').length;

  it('marks compound accusation nouns and "den Vorwurf des …"', () => {
    expect(claims('Die Trainerin wehrt sich gegen Betrugs-Vorwürfe.')).toBe(1);
    expect(claims('Bürgermeisterin weist Korruptionsvorwurf zurück')).toBe(1);
    expect(claims('Der Minister weist den Vorwurf des Betrugs entschieden zurück.')).toBe(1);
    expect(claims('Die Firma hat die Behörde nach entsprechenden Vorwürfen scharf kritisiert.')).toBe(1);
  });

  it('leaves a bare "Vorwurf" without its content alone', () => {
    expect(claims('Ein Vorwurf ist noch kein Beweis.')).toBe(0);
  });
});

describe('German round 12: a teaser cut off after "soll"', () => {
  const claims = (text: string): number => found(text, 'unverified').length;

  it('marks a "soll" clause whose verb an ellipsis cut off, but not a plan with a deadline', () => {
    expect(claims('Firmenchef soll Ziel eines geplanten Anschlags ...\n\nMehr dazu im Text.')).toBe(1);
    expect(claims('Die neue Brücke soll bis 2030 ...')).toBe(0);
    expect(claims('Die Brücke soll neu gebaut werden.')).toBe(0);
  });
});

describe('German round 13: speakers behind an extended attribute', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes the noun after the attribute, not the place inside it', () => {
    expect(speakers('„Die Brücke ist wieder offen“, teilte die in der Region tätige Polizei bei Telegram mit.')).toEqual(['Polizei']);
    expect(speakers('„Wir bleiben wachsam“, sagte der seit Jahren zuständige Sprecher Paul Weber.')).toEqual(['Sprecher Paul Weber']);
  });
});

describe('German round 13: every noun has a capital', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('does not take a relative pronoun before a lower-case word for a speaker ("…, die kürzlich veröffentlicht wurde")', () => {
    expect(speakers('Laut der Studie, die kürzlich veröffentlicht wurde, sei der Plan „völlig sicher“ gewesen.')).toEqual(['Studie']);
  });
});

describe('German round 14: a quoted noun has a capital like a name', () => {
  const quotes = (text: string): string[] => found(text, 'quote').map((f) => f.text);
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('keeps a one-word quote that a speaker in its sentence said', () => {
    expect(speakers('Der Minister Karl Berg sagte, es gebe ein "Muster" bei den Angriffen.')).toEqual(['Karl Berg']);
    expect(quotes('Die Ärztin Eva Roth sprach am Abend von einem „Wunder“.')).toEqual(['„Wunder“']);
  });

  it('leaves an outlet quoted where a source stands, and a name after a naming noun', () => {
    expect(quotes('Der Minister Karl Berg trat zurück. Zuerst berichtet hatte der "Stern".')).toEqual([]);
    expect(quotes('Der Minister Karl Berg sagte dem "Spiegel", er sei müde.')).toEqual([]);
    expect(quotes('Die Ärztin Eva Roth sprach mit Bezug auf den „Stern“-Bericht von Fehlern.')).toEqual([]);
    expect(quotes('Die Armee sagte, sie habe eine Rakete des Typs "Blitz" getestet.')).toEqual([]);
  });
});

describe('German speakers, round 14: the subject in its place', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('finds the subject before a reportative "soll" whose participle closes the clause', () => {
    expect(speakers('Karl Berg ist Minister. Er soll auf einer Feier den Senator Lutz als "Hofnarr" bezeichnet haben.')).toEqual(['Karl Berg']);
  });

  it('takes the pronoun after the verb, not the phrase a preposition opens, for the subject', () => {
    expect(speakers('Anna Klein führt die Partei. Mit Blick auf die Wahl sprach sie von "groben Fehlern".')).toEqual(['Anna Klein']);
  });
});

describe('German speakers, round 14: the verbs of speech as a class', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads every form of a weak verb of speech and the joined form of a separable one', () => {
    expect(speakers('„Das ist falsch“, konterte die Ministerin Eva Roth.')).toEqual(['Ministerin Eva Roth']);
    expect(speakers('Wie die Sprecherin Eva Roth mitteilte, sei die Lage „völlig unter Kontrolle“.')).toEqual(['Sprecherin Eva Roth']);
    expect(germanWeakForms(['antworten', 'mahnen', 'mit|teilen'])).toEqual(
      expect.arrayContaining(['antwortete', 'geantwortet', 'mahnt', 'gemahnt', 'teilte', 'mitgeteilt', 'mitteilte']),
    );
  });

  it('reads "nach Angaben/Ansicht von X" like "laut X", and "sicherte … zu"', () => {
    expect(speakers('Die Lage sei nach Ansicht von Karl Berg „ernst, aber stabil“.')).toEqual(['Karl Berg']);
    expect(speakers('Karl Berg sicherte den Bauern "rasche Hilfe vom Staat" zu.')).toEqual(['Karl Berg']);
  });

  it('reads an accusation as said ("wirft X „…“ vor")', () => {
    expect(speakers('Karl Berg wirft der Firma "groben Betrug" vor.')).toEqual(['Karl Berg']);
  });

  it('reads a strong separable verb by its finite form ("weist … zurück")', () => {
    expect(speakers('Karl Berg weist den Vorwurf als "absurd und konstruiert" zurück.')).toEqual(['Karl Berg']);
  });
});

describe('German speakers, round 14: "heißt es in …"', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('gives words after an impersonal "heißt es" to the document or body a preposition names', () => {
    expect(speakers('„Wir suchen eine Lösung“, heißt es in der Mitteilung der Firma.')).toEqual(['Mitteilung']);
    expect(speakers('In dem Bericht heißt es: „Die Angriffe gehen weiter.“')).toEqual(['Bericht']);
    expect(speakers('„Die Lage ist ernst“, hieß es aus dem Ministerium.')).toEqual(['Ministerium']);
  });
});

describe('German speakers, round 16: verbs that judge or call for, and a particle before the subject', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads "verurteilte", "bezeichneten", "aufgefordert" and "rief … auf" as verbs of speech', () => {
    expect(speakers('Die Ministerin Eva Roth hat den Überfall als „feige“ verurteilt.')[0]).toContain('Eva Roth');
    expect(speakers('Am Abend bezeichneten Sprecher der Stadt die Pläne als »reine Fantasie«.')).toEqual(['Sprecher der Stadt']);
    expect(speakers('Karl Berg hatte die Firma aufgefordert, die "geheimen Zahlungen" zu beenden.')).toEqual(['Karl Berg']);
    expect(speakers('Karl Berg rief am Abend alle Gäste zur „Ruhe“ auf.')).toEqual(['Karl Berg']);
  });

  it('keeps a subject after "Auch" or "Doch" before the verb, not the object after it', () => {
    expect(speakers('Auch Bürgermeister Karl Berg kritisierte die neuen Regeln "mit großem Nachdruck".')).toEqual(['Bürgermeister Karl Berg']);
    expect(speakers('Doch die Stadträtin Eva Lindner lobte die Pläne "ausdrücklich und ohne Vorbehalt".')).toEqual(['Stadträtin Eva Lindner']);
    expect(speakers('Auch am Montag sagte der Minister Hans Müller: "Wir werden nicht nachgeben."')).toEqual(['Hans Müller']);
  });
});

describe('German speakers, round 16: objects, dates and quoting verbs', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('ends an inverted subject before an article that opens the object ("der Minister die Übung")', () => {
    expect(speakers('Dann kritisierte der Sprecher der Stadt die Pläne als "großen Fehler". Das blieb so.')).toEqual(['Sprecher der Stadt']);
  });

  it('never takes a day or a month for a speaker', () => {
    expect(speakers('Wie das Rathaus am Dienstagabend bestätigte, hat Karl Berg den Plan "eine Zumutung" genannt.')[0]).not.toContain('Dienstagabend');
    const text = 'Karl Berg hat die Pläne kritisiert. „Das ist ein Fehler“, schrieb er am Freitag auf der Plattform X. „Wir sagen dazu ganz klar Nein.“';
    expect(speakers(text)).toEqual(['Karl Berg', 'Karl Berg']);
  });

  it('finds the subject of a clause a participle closes by its auxiliary, not the object before the participle', () => {
    expect(speakers('Eva Lindner hat die neuen Regeln kritisiert. „Das ist ein Fehler“, sagte sie am Abend.')).toEqual(['Eva Lindner']);
  });

  it('gives the words to the person a quoting verb names as its object', () => {
    expect(speakers('Die Lage sei "sehr ernst und gefährlich", zitiert die Agentur den Bürgermeister Karl Berg.')).toEqual(['Bürgermeister Karl Berg']);
    expect(speakers('Der Sender zitierte die Stadträtin Eva Lindner mit den Worten, das sei "ein großer Fehler gewesen".')[0]).toContain('Eva Lindner');
  });
});

describe('German unverified claims, round 16: unnamed reports and informants, open truth, "als … gilt"', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('marks bare "nach Berichten" and "laut …er Medienberichte", not reports of a named source', () => {
    expect(claims('Nach Berichten brannte das Lager die ganze Nacht.')).toHaveLength(1);
    expect(claims('Laut örtlicher Medienberichte brannte das Lager die ganze Nacht.')).toHaveLength(1);
    expect(claims('Nach Berichten von Anwohnern brannte das Lager die ganze Nacht.')).toHaveLength(0);
  });

  it('marks informants as unnamed sources and a claim whose truth is left open', () => {
    expect(claims('Informanten aus der Stadtverwaltung sagten, der Bau werde gestoppt.')).toHaveLength(1);
    expect(claims('Der Bau werde gestoppt. Ob das stimmt, ist offen.')).toEqual(['Ob das stimmt, ist offen.']);
  });

  it('marks "als … gilt" with the verb last and a longer "als … gegolten"', () => {
    expect(claims('Es geht um ein Forum, das als besonders sicher gilt.')).toHaveLength(1);
    expect(claims('Er hatte als wichtigster Geldgeber der kleinen Partei im ganzen Land gegolten.')).toHaveLength(1);
  });
});

describe('German speakers, round 16: reported speech after a sentence that brings in no one', () => {
  it('keeps the last speaker for a quote in reported speech after one plain sentence of narration', () => {
    const text =
      '"Die Pläne enthalten viele technische Angaben zu den Brücken", sagte Eva Roth. Darunter fielen etwa Lasten und Maße. Das sei "von großem Interesse für Diebe".';
    expect(found(text, 'quote').map((f) => f.speaker)).toEqual(['Eva Roth', 'Eva Roth']);
  });
});

describe('German unverified claims, round 16: unproven', () => {
  it('marks "unbewiesen", "unbelegt" and "nicht belegt" like "unbestätigt"', () => {
    const claims = (text: string): number => found(text, 'unverified').length;
    expect(claims('Die Nähe des Täters zur Partei ist unbewiesen.')).toBe(1);
    expect(claims('Der Vorwurf gegen den Bürgermeister wurde bis heute nicht belegt.')).toBe(1);
    expect(claims('Der Bürgermeister eröffnete am Montag die neue Brücke.')).toBe(0);
  });
});

describe('German speakers, round 18: "nach ersten/neuen/offiziellen Angaben X"', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads an adjective between "nach" and "Angaben" or "Informationen" as the same "according to"', () => {
    expect(speakers('Nach ersten Angaben der Feuerwehr war das Feuer in der Halle „völlig außer Kontrolle“.')).toEqual(['Feuerwehr']);
    expect(speakers('Nach neuen Angaben der Stadtwerke ist die Leitung „weitgehend repariert“.')).toEqual(['Stadtwerke']);
    expect(speakers('Die Lage sei nach offiziellen Angaben des Ministeriums „angespannt, aber ruhig“.')).toEqual(['Ministerium']);
    expect(speakers('Nach jüngsten Informationen der Reederei gilt das Schiff als „nicht mehr seetüchtig“.')).toEqual(['Reederei']);
    expect(speakers('Der Deich hielt nach vorläufigen Angaben von Karl Berg „gerade noch so“.')).toEqual(['Karl Berg']);
  });

  it('does not read "nach eigenen Angaben" as naming a source after it, nor a date phrase as one', () => {
    expect(speakers('Die Firma hat nach eigenen Angaben „keine Fehler“ gemacht.')).toEqual([]);
    expect(speakers('Nach ersten Tagen im Amt spricht die Bürgermeisterin von „viel Arbeit“.')).toEqual(['die Bürgermeisterin']);
  });
});

describe('German quotes, round 18: a masthead named where a source stands', () => {
  const quotes = (text: string): string[] => found(text, 'quote').map((f) => f.text);

  it('leaves a quoted name after "nach Angaben der", "unter Berufung auf", a newsroom role or a credit label', () => {
    expect(quotes('Am Abend landete nach Angaben der „Westfalen Post“ ein Hubschrauber am Ufer.')).toEqual([]);
    expect(quotes('Nach Informationen des „Tagesblatt“ soll der Vertrag platzen.')).toEqual([]);
    expect(quotes('Das Amt prüft den Fall, unter Berufung auf die "Abendpost" meldete das Radio neue Details.')).toEqual([]);
    expect(quotes('Die Brücke bleibt zu, sagte eine Korrespondentin der „Neuen Zeitung“ am Morgen.')).toEqual([]);
    expect(quotes('Das Archiv zeigt Dutzende Fotos.\n\nQuelle: "Dossier Center"')).toEqual([]);
  });

  it('keeps words a source spoke after the frame, and a quote after a colon in a sentence', () => {
    expect(quotes('Nach Angaben der Polizei sprach der Täter von „Rache“.')).toEqual(['„Rache“']);
    expect(quotes('Die Quelle des Streits nannte Karl Berg so: „Geld“.')).toEqual(['„Geld“']);
  });
});

describe('German outlets, round 18: the verb last', () => {
  const outlets = (text: string): string[] => found(text, 'state-media').map((f) => f.text);

  it('marks an outlet that is the agent or subject of a reporting participle closing its clause', () => {
    expect(outlets('Der Präsident sprach auf einem Parteitag, der vom Staatsfernsehen übertragen wurde.')).toEqual(['Staatsfernsehen']);
    expect(outlets('Die Ansprache wurde vom Staatsfernsehen am Abend ausgestrahlt.')).toEqual(['Staatsfernsehen']);
    expect(outlets('Am Morgen hatten syrische Staatsmedien neue Luftangriffe gemeldet.')).toEqual(['syrische Staatsmedien']);
    expect(outlets('Aufnahmen, die das Staatsfernsehen gezeigt hatte, belegen die Schäden.')).toEqual(['das Staatsfernsehen']);
    expect(outlets('Die Zahlen waren von den Staatsmedien zuerst veröffentlicht worden.')).toEqual(['den Staatsmedien']);
  });

  it('leaves an outlet that is the object of another verb', () => {
    expect(outlets('Die Opposition hat die Staatsmedien scharf kritisiert.')).toEqual([]);
    expect(outlets('Der Minister hatte den Staatsmedien ein Interview verweigert.')).toEqual([]);
  });
});

describe('German outlets, round 18: a gapped "sprach von"', () => {
  const outlets = (text: string): string[] => found(text, 'state-media').map((f) => f.text);

  it('marks an outlet that is the second subject of "X sprach von A, Y von B"', () => {
    expect(outlets('Die Polizei sprach von einem Unfall, das Staatsfernsehen von einem Anschlag.')).toEqual(['das Staatsfernsehen']);
    expect(outlets('Ein Sprecher der Armee sprach von zwei Toten, die syrischen Staatsmedien von sieben.')).toEqual(['die syrischen Staatsmedien']);
    expect(outlets('Die Opposition spricht von Wahlbetrug, das Staatsfernsehen von einem klaren Sieg.')).toEqual(['das Staatsfernsehen']);
    expect(outlets('Die Helfer sprachen von Hunderten Verletzten, während die Staatsmedien von einigen Dutzend sprachen.')).toEqual(['die Staatsmedien']);
    expect(outlets('Anwohner sprechen von heftigen Explosionen, und das Staatsfernsehen von einer Übung.')).toEqual(['das Staatsfernsehen']);
  });

  it('leaves an outlet after another sentence or after "sprach mit"', () => {
    expect(outlets('Der Minister sprach von einem Erfolg. Die Staatsmedien wurden später verboten.')).toEqual([]);
    expect(outlets('Er sprach mit Journalisten, die Staatsmedien waren nicht eingeladen.')).toEqual([]);
  });
});

describe('German unverified claims, round 18: sources named by whom they are close to, anonymous members', () => {
  const claims = (text: string): number => found(text, 'unverified').length;

  it('marks "eine X nahestehende Quelle" and an anonymous person of any role', () => {
    expect(claims('Nach Angaben einer der Miliz nahestehenden Quelle brannten drei Lager aus.')).toBe(1);
    expect(claims('Dem Kreml nahestehende Kreise sprechen von einem Machtkampf im Ministerium.')).toBe(1);
    expect(claims('Eine der Regierung nahestehende Person bestätigte den Rücktritt.')).toBe(1);
    expect(claims('Ein anonymes Parteimitglied sagte, der Vorstand sei zerstritten.')).toBe(1);
    expect(claims('Ein anonymer Offizier berichtete von schweren Verlusten an der Front.')).toBe(1);
  });

  it('leaves a named person close to someone, and an anonymous thing', () => {
    expect(claims('Die dem Präsidenten nahestehende Ministerin sagte, alles sei in Ordnung.')).toBe(0);
    expect(claims('Ein anonymer Brief ging am Montag bei der Zeitung ein.')).toBe(0);
  });
});

describe('German unverified claims, round 18: "gilt als" with a named source', () => {
  const claims = (text: string): number => found(text, 'unverified').length;

  it('leaves "gilt als" that a named source in its clause states', () => {
    expect(claims('Ein Lager rückte ins Blickfeld, das nach Angaben eines Feuerwehrsprechers als möglicher Brandherd galt.')).toBe(0);
    expect(claims('Der Mann gilt nach Angaben der Polizei als gefährlich.')).toBe(0);
    expect(claims('Laut dem Ministerium galt der Stausee bis zuletzt als sicher.')).toBe(0);
    expect(claims('Die Brücke gilt nach Einschätzung des Gutachters als einsturzgefährdet.')).toBe(0);
    expect(claims('Die Sorte galt nach ersten Informationen der Behörde als unbedenklich.')).toBe(0);
  });

  it('still marks the agentless "gilt als", also when a source speaks in another clause', () => {
    expect(claims('Die Luftwaffe des Landes gilt als stark veraltet.')).toBe(1);
    expect(claims('Der Vertrag galt lange als sicher, nach Angaben der Firma wurde er aber gekündigt.')).toBe(1);
  });
});

describe('German speakers, round 18: a focus particle before the time phrase', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('skips "Schon/Erst/Noch am …" before the verb and takes the subject after it', () => {
    expect(speakers('Schon am Donnerstag hatte der Präsident Ramón Ortiz erklärt, das Land stecke in einem "Notstand".')).toEqual(['Präsident Ramón Ortiz']);
    expect(speakers('Erst am Montag hatte die Ministerin Eva Roth gesagt, die Lage sei "völlig unklar".')).toEqual(['Ministerin Eva Roth']);
    expect(speakers('Noch am Abend sprach der Bürgermeister Karl Berg von einem "schwarzen Tag".')).toEqual(['Bürgermeister Karl Berg']);
    expect(speakers('Bereits im Mai warnte die Ärztin Lena Vogt vor einer "stillen Welle".')).toEqual(['Ärztin Lena Vogt']);
    expect(speakers('Ausgerechnet am Wahlabend nannte der Kandidat Paul Stern das Ergebnis "eine Ohrfeige".')).toEqual(['Kandidat Paul Stern']);
  });

  it('keeps a subject that stands before the verb, and a particle inside the clause', () => {
    expect(speakers('Karl Berg sprach noch am Abend von einem "schwarzen Tag".')).toEqual(['Karl Berg']);
    expect(speakers('Die Ministerin Eva Roth sagte erst am Montag, es gebe "grobe Fehler".')).toEqual(['Die Ministerin Eva Roth']);
  });
});

describe('German unverified claims, round 18: who is said to be among them', () => {
  const claims = (text: string): number => found(text, 'unverified').length;

  it('marks "Unter den … soll(en) … sein" and "Darunter sollen … sein"', () => {
    expect(claims('Unter den Verletzten soll auch der Botschafter des Landes sein.')).toBe(1);
    expect(claims('Darunter sollen auch zwei Kinder aus dem Nachbardorf sein.')).toBe(1);
    expect(claims('Unter den Toten sollen mehrere hochrangige Offiziere gewesen sein.')).toBe(1);
    expect(claims('Unter ihnen soll auch ein bekannter Sänger sein.')).toBe(1);
    expect(claims('Unter den Festgenommenen am Grenzübergang soll ein Anführer der Bande sein.')).toBe(1);
  });

  it('leaves a plan after "unter den" and a "soll" that is no membership', () => {
    expect(claims('Unter den neuen Regeln soll das Parken in der Innenstadt teurer werden.')).toBe(0);
    expect(claims('Der Saal soll unter den Gästen gerecht aufgeteilt werden.')).toBe(0);
  });
});

describe('German unverified claims, round 18: a deed imputed ("zugeschrieben", "unterstellt")', () => {
  const claims = (text: string): number => found(text, 'unverified').length;

  it("marks a deed laid at someone's door without the article's word, and an imputation", () => {
    expect(claims('Die Regierung drohte mit Vergeltung für einen den Rebellen zugeschriebenen Anschlag auf die Pipeline.')).toBe(1);
    expect(claims('Der Brand in der Fabrik wird einer Splittergruppe zugeschrieben.')).toBe(1);
    expect(claims('Das dem Geheimdienst zugeschriebene Hackerkommando tauchte erneut auf.')).toBe(1);
    expect(claims('Der Minister will Vereine verbieten, denen er Kontakte zu Extremisten unterstellt.')).toBe(1);
    expect(claims('Die Opposition unterstellte dem Bürgermeister, Aufträge an Freunde vergeben zu haben.')).toBe(1);
  });

  it('leaves "zugeschrieben" with its agent and "unterstellt" for being subordinate', () => {
    expect(claims('Die Ermittler haben den Anschlag eindeutig der Miliz zugeschrieben.')).toBe(0);
    expect(claims('Die Behörde ist direkt dem Innenministerium unterstellt.')).toBe(0);
    expect(claims('Die Einheit wurde im Mai dem Kommando der Armee unterstellt.')).toBe(0);
  });
});

describe('German outlets, round 18: an undated article is read in the latest year it mentions', () => {
  const outlets = (text: string): string[] => found(text, 'state-media').map((f) => f.text);
  // Hürriyet counts from 2018, when the government-aligned Demirören group bought it.
  const padding = 'Die Lage im Südosten des Landes bleibt angespannt, die Regierung in Ankara setzt weiter auf Härte. '.repeat(7);

  it('leaves an outlet captured after every year an undated article mentions', () => {
    expect(outlets(`${padding}Seit 2013 galt eine Waffenruhe. Es gab Tote, berichtete die Zeitung Hürriyet.`)).toEqual([]);
    expect(outlets(`${padding}Im Oktober 2014 starben viele Menschen, meldete die Hürriyet.`)).toEqual([]);
    expect(outlets(`${padding}Bei den Wahlen 2015 siegte die AKP, schrieb die Zeitung Hürriyet am Montag.`)).toEqual([]);
    expect(outlets(`${padding}Die Proteste von 2013 wirken nach, berichtete die Hürriyet unter Berufung auf die Polizei.`)).toEqual([]);
    expect(outlets(`${padding}Das Gesetz von 2016 wurde verschärft, wie die Zeitung Hürriyet meldete.`)).toEqual([]);
  });

  it('marks it when the article mentions a later year, or a dateline gives one', () => {
    expect(outlets(`${padding}Seit 2013 galt eine Waffenruhe, die 2019 endete. Es gab Tote, berichtete die Zeitung Hürriyet.`)).toEqual([
      'die Zeitung Hürriyet',
    ]);
    expect(outlets(`Ankara, 3. Juli 2021 – ${padding}Seit 2013 galt eine Waffenruhe. Es gab Tote, berichtete die Zeitung Hürriyet.`)).toEqual([
      'die Zeitung Hürriyet',
    ]);
  });
});

describe('German speakers, round 18: a name before its apposition in the place before the verb', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('takes the name that opens the sentence, not the last noun of the apposition, for the subject', () => {
    expect(speakers('Lena Vogt, Abgeordnete für den Wahlkreis Lahn-Dill, sagte dem Sender: "Wir brauchen einen Neuanfang."')).toEqual(['Lena Vogt']);
    expect(speakers('Karl Berg, Chef der Stadtwerke in Bad Ems, erklärte am Abend: "Das Netz ist stabil."')).toEqual(['Karl Berg']);
    expect(speakers('Anna Roth, Bürgermeisterin von Neustadt, sagte: "Wir bauen die Brücke neu."')).toEqual(['Anna Roth']);
    expect(speakers('Paul Stern, der lange geschwiegen hatte, sagte am Montag: "Ich trete zurück."')).toEqual(['Paul Stern']);
    expect(speakers('Eva Holm, Sprecherin der Grünen im Landtag, betonte: "Das Gesetz kommt zu spät."')).toEqual(['Eva Holm']);
  });

  it('leaves a fronted time phrase and a subject after the verb', () => {
    expect(speakers('Gestern, kurz nach acht, sagte der Minister Karl Berg: "Wir bauen neu."')).toEqual(['Karl Berg']);
    expect(speakers('Am Montag, einen Tag nach der Wahl, sagte Anna Roth: "Wir machen weiter."')).toEqual(['Anna Roth']);
  });
});

describe('German unverified claims, round 18: where the hedged clause ends', () => {
  const spans = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('ends the claim at a comma that opens a main clause of its own, a dash or a contrasting conjunction', () => {
    expect(spans('Das Video wurde angeblich in einem Keller gedreht, die Qualität ist schlecht.')).toEqual([
      'Das Video wurde angeblich in einem Keller gedreht',
    ]);
    expect(spans('Die Flotte gilt als veraltet, ihre Erneuerung kommt kaum voran.')).toEqual(['Die Flotte gilt als veraltet']);
    expect(spans('Bei dem Brand starben zwölf Menschen, 40 Bewohner sollen sich gerettet haben.')).toEqual(['40 Bewohner sollen sich gerettet haben']);
    expect(spans('Der Händler soll Waffen verkauft haben – die Polizei ermittelt seit Mai.')).toEqual(['Der Händler soll Waffen verkauft haben']);
    expect(spans('Der Mann soll den Wagen gestohlen haben, aber die Polizei fand keine Spuren.')).toEqual(['Der Mann soll den Wagen gestohlen haben']);
  });

  it('keeps the whole sentence when the comma opens no clause of its own', () => {
    expect(spans('Der Mann soll den Wagen, einen alten Kombi, gestohlen haben.')).toEqual(['Der Mann soll den Wagen, einen alten Kombi, gestohlen haben.']);
    expect(spans('Die Täter sollen aus Syrien stammen, sagte ein Sprecher der Polizei.')).toEqual([
      'Die Täter sollen aus Syrien stammen, sagte ein Sprecher der Polizei.',
    ]);
  });
});

describe('German speakers, round 18: wishes, thanks and congratulations are said', () => {
  const speakers = (text: string): (string | undefined)[] => found(text, 'quote').map((f) => f.speaker);

  it('reads "wünschte", "dankte" and "gratulierte" as verbs of speech', () => {
    expect(speakers('Zum Auftakt seiner Rede wünschte der Minister Karl Berg „gute Besserung“.')).toEqual(['Karl Berg']);
    expect(speakers('Die Ministerin Eva Roth dankte den Helfern für ihren „unermüdlichen Einsatz“.')).toEqual(['Die Ministerin Eva Roth']);
    expect(speakers('Paul Stern gratulierte der Siegerin zu einem „großartigen Rennen“.')).toEqual(['Paul Stern']);
    expect(speakers('Die Trainerin Lena Vogt wünschte ihrem Team „viel Glück“.')).toEqual(['Die Trainerin Lena Vogt']);
    expect(speakers('„Ihr habt Großes geleistet“, dankte der Bürgermeister Karl Berg den Feuerwehrleuten.')).toEqual(['Bürgermeister Karl Berg']);
  });

  it('leaves a quoted name after the noun for what it names', () => {
    expect(speakers('Karl Berg dankte dem Verein „Tafel“ für die Hilfe.')).toEqual([]);
    expect(speakers('Der Präsident gratulierte der Partei „Neue Mitte“ zum Wahlsieg.')).toEqual([]);
  });
});

describe('German non-verification, round 20: the plain verb "prüfen"', () => {
  const cues = (text: string): string[] => found(text, 'unverified').map((f) => f.cueKind);

  it('marks "nicht unabhängig geprüft", "ließ sich nicht prüfen" and "nicht nachprüfen" like "überprüfen"', () => {
    expect(cues('Die Angaben der Behörden konnten zunächst nicht unabhängig geprüft werden.')).toEqual(['non-verification']);
    expect(cues('Die genannten Opferzahlen lassen sich nicht unabhängig prüfen.')).toEqual(['non-verification']);
    expect(cues('Ob die Aufnahmen echt sind, ließ sich bislang nicht prüfen.')).toEqual(['non-verification']);
    expect(cues('Die Schilderungen der Flüchtlinge ließen sich zunächst nicht nachprüfen.')).toEqual(['non-verification']);
    expect(cues('Die Zahlen des Ministeriums können bisher nicht geprüft werden.')).toEqual(['non-verification']);
  });

  it('leaves a check that is planned or merely late', () => {
    expect(cues('Die Behörde will den Antrag bis Freitag prüfen.')).toEqual([]);
    expect(cues('Das Gericht konnte den Fall nicht rechtzeitig prüfen, weil die Akten fehlten.')).toEqual([]);
  });
});

describe('German reportative sollen with the verb last, round 20', () => {
  const cues = (text: string): string[] => found(text, 'unverified').map((f) => f.cueKind);

  it('marks a picture that is said to show something, and a person said to come from or belong somewhere', () => {
    expect(cues('Die Armee veröffentlichte ein Video, das den Einschlag zeigen soll.')).toEqual(['rumour']);
    expect(cues('Im Netz kursieren Fotos, die den Verdächtigen am Tatort zeigen sollen.')).toEqual(['rumour']);
    expect(cues('Festgenommen wurde ein 30-Jähriger, der aus Tschetschenien stammen soll.')).toEqual(['rumour']);
    expect(cues('Die Polizei sucht nach dem Mann, der sich noch in der Stadt aufhalten soll.')).toEqual(['rumour']);
    expect(cues('Die Zeitung schreibt, dass der Täter einer Miliz angehören soll.')).toEqual(['rumour']);
  });

  it('leaves what a thing is meant to do, a plan for later and a rule for anyone', () => {
    expect(cues('Das neue Museum, das die Geschichte der Stadt zeigen soll, öffnet im Mai.')).toEqual([]);
    expect(cues('Dem Gremium, dem künftig fünf Fachleute angehören sollen, fehlt noch ein Vorsitz.')).toEqual([]);
    expect(cues('Jeder, der einer Partei angehören soll, muss das offenlegen.')).toEqual([]);
  });
});

describe('German "sollen" of someone\'s will or plan, round 20', () => {
  const cues = (text: string): string[] => found(text, 'unverified').map((f) => f.cueKind);

  it('leaves "soll" in a sentence that opens on a will, a wish or a plan', () => {
    expect(cues('Nach dem Willen des Bürgermeisters sollen die Busse kostenlos fahren und ...')).toEqual([]);
    expect(cues('Nach dem Wunsch der Eltern sollen die Kinder bei den Großeltern wohnen.')).toEqual([]);
    expect(cues('Nach den Plänen der Stadt soll das Gebäude einem Verein gehören.')).toEqual([]);
    expect(cues('Laut Plan soll die Mannschaft im Hotel am See wohnen.')).toEqual([]);
    expect(cues('Nach den Vorstellungen der Partei sollen Minister keine Aktien besitzen.')).toEqual([]);
  });

  it('still marks hearsay after a source or a time', () => {
    expect(cues('Nach Angaben der Polizei soll der Täter aus Syrien stammen.')).toEqual(['rumour']);
    expect(cues('Nach dem Treffen soll der Minister Aktien verkauft haben.')).toEqual(['rumour']);
  });
});

describe('German speakers, round 20: a platform or place after the verb is not its subject', () => {
  const speaker = (text: string): string => found(text, 'quote')[0]?.speaker ?? '';

  it('passes over "auf X", "bei Telegram", "in Berlin" to the subject', () => {
    expect(speaker('Der Botschafter, Karl Berg, sprach auf X von einem „schmerzhaften Abend“.')).toMatch(/^Karl Berg/);
    expect(speaker('Die Ministerin, Eva Roth, schrieb bei Telegram von einem „feigen Angriff“.')).toMatch(/^Eva Roth/);
    expect(speaker('Die Sprecherin der Stadt, Lena Vogt, warnte auf Facebook vor „gefälschten Aufrufen“.')).toMatch(/Sprecherin|Vogt/);
    expect(speaker('Nach der Sitzung sagte in Berlin der Minister: „Wir sind zufrieden.“')).toBe('Minister');
    expect(speaker('Am Montag sprach bei X der Minister von einem „großen Erfolg“.')).toBe('Minister');
  });

  it('still takes the subject after the verb when no preposition stands before it', () => {
    expect(speaker('Am Montag sprach der Minister Paul Stern von einem „großen Erfolg“.')).toBe('Paul Stern');
    expect(speaker('Dann sprach die Ministerin Eva Roth von einem „feigen Angriff“.')).toMatch(/Eva Roth/);
  });
});

describe('German speakers, round 20: a fronted phrase before the verb of the sentence after a quote', () => {
  const speakers = (text: string): string[] => found(text, 'quote').map((f) => f.speaker ?? '');

  it('does not take the fronted phrase for the speaker; the subject follows the verb', () => {
    expect(speakers('»Wir sehen das«, sagte Jourová. »Und das ist gut so.« Zur rechtlichen Bewertung sagte Jourová, es gebe Gesetze.')).toEqual([
      'Jourová',
      'Jourová',
    ]);
    expect(speakers('„Wir bleiben“, sagte Eva Roth. „Das ist sicher.“ Danach sagte Roth, sie sei zuversichtlich.')).toEqual(['Eva Roth', 'Eva Roth']);
    expect(speakers('„Es reicht“, sagte Paul Stern. „Wir gehen.“ Am Abend erklärte Stern, er habe genug.')).toEqual(['Paul Stern', 'Paul Stern']);
    expect(speakers('„Das ist gut so.“ Zur Bewertung der Lage sagte die Ministerin Eva Roth, es gebe keinen Grund zur Sorge.')).not.toContain(
      'Bewertung der Lage',
    );
    expect(speakers('„Das war ein guter Tag für uns alle.“ Am Abend sagte der Trainer Paul Stern, er sei stolz.')).not.toContain('Abend');
  });

  it('keeps a subject that opens the sentence after the quote', () => {
    expect(speakers('„Das war ein guter Tag für uns alle.“ Der Trainer Paul Stern sagte das nach dem Spiel.')).toEqual(['Der Trainer Paul Stern']);
    expect(speakers('„Wir bleiben hier, komme was wolle.“ Eva Roth sagte das am Montag in Berlin.')).toEqual(['Eva Roth']);
  });
});

describe('German state media after an object pronoun, round 20', () => {
  const outlets = (text: string): string[] => found(text, 'state-media').map((f) => f.outlet);

  it('marks the outlet that quoted "ihn" or told "ihnen"', () => {
    expect(outlets('«Die Lage ist ruhig», zitierte ihn die Staatsagentur Tass.')).toEqual(['TASS']);
    expect(outlets('Der Minister sei zufrieden, zitierte ihn die staatliche Nachrichtenagentur Irna.')).toEqual(['IRNA']);
    expect(outlets('„Wir sind bereit“, zitierte ihn die Nachrichtenagentur Xinhua.')).toEqual(['Xinhua']);
    expect(outlets('Später zitierte ihn das Staatsfernsehen mit den Worten, der Angriff sei abgewehrt.')).toEqual(['state media (generic)']);
    expect(outlets('Dies teilte ihnen die nordkoreanische Staatsagentur KCNA mit.')).toEqual(['KCNA']);
  });

  it('leaves an outlet that is no source of the sentence', () => {
    expect(outlets('Die Polizei nahm ihn und die Reporter der Agentur Tass fest.')).toEqual([]);
    expect(outlets('Der Minister kritisierte ihn und die Agentur Tass scharf.')).toEqual([]);
  });
});

describe('German speakers, round 20: "zitierte ihn" and a pronoun reaching back over reported speech', () => {
  const speakers = (text: string): string[] => found(text, 'quote').map((f) => f.speaker ?? '');

  it('gives the quote to the one "ihn" stands for, past a sentence of reported speech', () => {
    expect(
      speakers(
        'Rund 300 Kämpfer seien getötet worden, sagte Oleg Petrow, Leiter der Mission. Auch Lager seien getroffen worden. «Wir machen weiter», zitierte ihn die Staatsagentur Tass.',
      ),
    ).toEqual(['Oleg Petrow']);
    expect(speakers('Der Minister Karl Berg reiste nach Kiew. Die Agentur zitierte ihn mit den Worten: „Wir stehen an eurer Seite.“')).toEqual(['Karl Berg']);
    expect(speakers('Die Lage sei ernst, sagte Paul Stern am Montag. Es gebe keine Alternative. „Wir handeln jetzt“, zitierte ihn die Zeitung.')).toEqual([
      'Paul Stern',
    ]);
    expect(speakers('Die Firma habe alles richtig gemacht, erklärte Jan Kurz. Fehler seien nicht bekannt. „Wir sind sauber“, sagte er.')).toEqual(['Jan Kurz']);
    expect(speakers('Der Schaden sei gering, betonte Eva Roth. Niemand sei verletzt worden. „Wir hatten Glück“, sagte sie.')).toEqual(['Eva Roth']);
  });

  it('keeps the object after the subject, and a sentence that is no reported speech stops the search', () => {
    expect(speakers('„Wir sind bereit“, zitierte die Agentur den Minister Paul Stern.')).toEqual(['Paul Stern']);
    expect(speakers('Der Einsatz sei vorbei, sagte Jan Kurz. Danach fuhr der Konvoi Richtung Süden ab. „Wir sind müde“, sagte er.')).not.toEqual(['Jan Kurz']);
  });
});

describe('German speakers, round 20: a verb after "zu" is an infinitive, not a speaker\'s verb', () => {
  const speakers = (text: string): string[] => found(text, 'quote').map((f) => f.speaker ?? '');

  it('takes no subject before "zu zeigen", "zu erklären" or "zu sagen" after a quote', () => {
    expect(speakers('Die Ministerin Eva Roth lobte das Team dafür, „großen Mut“ bewiesen und eine Bereitschaft zu zeigen.')).toEqual([
      'Die Ministerin Eva Roth',
    ]);
    expect(speakers('Paul Stern rief die Bürger auf, „Ruhe zu bewahren“ und Mut zu zeigen.')).toEqual(['Paul Stern']);
    expect(speakers('Karl Berg bat die Firma, ihre „neue Strategie“ genauer und die Pläne offen zu erklären.')).not.toContain('die Pläne offen');
    expect(speakers('Jan Kurz forderte die Regierung auf, „endlich zu handeln“ und die Gründe öffentlich zu sagen.')).toEqual(['Jan Kurz']);
    expect(speakers('Lena Vogt warf der Behörde vor, „Chaos“ zu stiften und keinen Plan zu zeigen.')).toEqual(['Lena Vogt']);
  });

  it('keeps a finite verb of speech after the quote', () => {
    expect(speakers('„Wir sind bereit“, sagte der Minister Paul Stern.')).toEqual(['Paul Stern']);
    expect(speakers('„Das ist ein Fehler“, erklärte die Ministerin Eva Roth am Abend.')).toEqual(['Ministerin Eva Roth']);
  });
});

describe('German speakers, round 20: where someone comes from hangs on their name before the verb', () => {
  const speakers = (text: string): string[] => found(text, 'quote').map((f) => f.speaker ?? '');

  it('takes the person, not the place after "aus"', () => {
    expect(speakers('Die Abgeordnete Eva Roth aus Hamburg sagte: „Das reicht nicht.“')).toEqual(['Die Abgeordnete Eva Roth']);
    expect(speakers('Der Trainer Paul Stern aus Köln erklärte: „Wir kämpfen weiter.“')).toEqual(['Der Trainer Paul Stern']);
    expect(speakers('Eine Bewohnerin aus Charkiw sagte: „Wir haben Angst.“')).toEqual(['Eine Bewohnerin']);
    expect(speakers('Eine Frau aus dem Dorf sagte, „alles ist zerstört“.')).toEqual(['Eine Frau']);
    expect(speakers('Der einflussreiche Senator Karl Berg aus South Carolina äußerte sich knapp. „Wir werden sehen, was daraus wird“, sagte er.')).toEqual([
      'Karl Berg',
    ]);
  });

  it('keeps the subject after an inverted verb and a name in apposition', () => {
    expect(speakers('„Wir haben Angst“, sagte eine Bewohnerin aus Charkiw.')).toEqual(['eine Bewohnerin']);
    expect(speakers('Ein Abgeordneter aus Bayern, Karl Berg, sagte: „Das reicht nicht.“')).toEqual(['Karl Berg']);
  });
});

describe('German speakers, round 20: the one quoted after a phrase of place', () => {
  const speakers = (text: string): string[] => found(text, 'quote').map((f) => f.speaker ?? '');

  it('gives the quote to the object of "zitierte" past "im Portal X", "in ihrer Ausgabe"', () => {
    expect(speakers('„Was heute geschah, könnte der Auslöser sein“, zitierte der Reporter Jan Kurz im Portal Axios einen Regierungsbeamten.')).toEqual([
      'Regierungsbeamten',
    ]);
    expect(speakers('„Wir sind bereit“, zitierte die Zeitung in ihrer Ausgabe den Minister Paul Stern.')).toEqual(['Paul Stern']);
    expect(speakers('„Das war knapp“, zitierte die Agentur am Flughafen die Pilotin Eva Roth.')).toEqual(['Pilotin Eva Roth']);
    expect(speakers('„Die Lage ist ernst“, zitierte der Sender im Abendprogramm den General Karl Berg.')).toEqual(['Karl Berg']);
    expect(speakers('„Wir bleiben“, zitierte das Blatt in seiner Sonntagsausgabe die Bürgermeisterin Lena Vogt.')).toEqual(['Bürgermeisterin Lena Vogt']);
  });

  it('leaves the subject when no object follows the phrase of place, and after a verb that quotes no one', () => {
    expect(speakers('„Wir sind bereit“, zitierte die Agentur im Bericht.')).toEqual(['die Agentur']);
    expect(speakers('„Wir sind bereit“, sagte der Minister Paul Stern im Fernsehen.')).toEqual(['Paul Stern']);
  });
});

/** The speakers of the quotes found, in text order. */
function quoteSpeakers(text: string): (string | undefined)[] {
  return found(text, 'quote').map((finding) => finding.speaker);
}

describe('German roles written as compounds, and a pronoun whose quote names someone after it (session 35)', () => {
  it('takes a compound ending in a role ("Werksleiter", "Kultursenator", "Regierungssprecherin") as the role of the name after it', () => {
    expect(
      quoteSpeakers(
        'Der Werksleiter Stéphane Mazzucotelli kennt die Lage gut.\n\nMazzucotelli wundert sich. „Wir wissen doch alle, dass ein Virus sich nicht an Grenzen hält.“',
      ),
    ).toEqual(['Stéphane Mazzucotelli']);
    expect(
      quoteSpeakers(
        'Der Kultursenator Jens Vogt eröffnete die Ausstellung.\n\nVogt war zufrieden. „Das ist der schönste Abend des ganzen Jahres für unsere Stadt.“',
      ),
    ).toEqual(['Jens Vogt']);
    expect(
      quoteSpeakers(
        'Die Regierungssprecherin Anna Berger kam am Abend.\n\nBerger wirkte müde. „Wir haben die ganze Nacht verhandelt und kein Ergebnis erzielt.“',
      ),
    ).toEqual(['Anna Berger']);
  });

  it('gives "Er" the person named before it, not the one named between it and the quote', () => {
    const text =
      'Streit im Rathaus\n\nMo 03.03.25 | 09:10 Uhr\n\nIm Streit um den Haushalt sorgt eine Äußerung von Oberbürgermeister Karl Huber für Ärger: Er soll in der Sitzung den Kultursenator Jens Vogt als „Erbsenzähler“ bezeichnet haben.';
    expect(quoteSpeakers(text)).toEqual(['Karl Huber']);
  });

  it('names no one for a compound role given no name', () => {
    expect(
      quoteSpeakers('Der Kultursenator eröffnete die Ausstellung.\n\nEr war zufrieden. „Das ist der schönste Abend des ganzen Jahres für unsere Stadt.“'),
    ).toEqual(['Der Kultursenator']);
  });
});

describe('German role with a genitive or "von" after it heads the speaker phrase (session 35)', () => {
  it('keeps the role, not the body it serves, after the verb and before it', () => {
    expect(quoteSpeakers('„Wir beobachten die Lage sehr genau“, sagte ein Sprecher des Nationalen Sicherheitsrates der USA am Montag.')).toEqual([
      'Sprecher des Nationalen Sicherheitsrates der USA',
    ]);
    expect(quoteSpeakers('„Wir beobachten die Lage sehr genau“, sagte der Sprecher des Auswärtigen Amtes.')).toEqual(['Sprecher des Auswärtigen Amtes']);
    expect(quoteSpeakers('Ein Sprecher des Nationalen Sicherheitsrates der USA sagte: „Wir beobachten die Lage sehr genau.“')).toEqual([
      'Sprecher des Nationalen Sicherheitsrates der USA',
    ]);
    expect(quoteSpeakers('„Wir beobachten die Lage“, sagte die Tochter von Peter Roth.')).toEqual([expect.stringContaining('Tochter')]);
  });

  it('keeps a name that a "von" phrase follows as the speaker', () => {
    expect(quoteSpeakers('„Wir beobachten die Lage“, sagte Peter Roth von der Stiftung Wissenschaft und Politik.')).toEqual([
      expect.stringContaining('Peter Roth'),
    ]);
  });
});

describe('German clause opened by "Wie" before the speaker (session 35)', () => {
  it('leaves the conjunction out of the speaker’s name, and keeps a lower-case particle inside a name', () => {
    const german = 'Wie Regierungssprecher Steffen Hebestreit mitteilte, sei die Entscheidung „endgültig und nicht verhandelbar“.';
    expect(found(german, 'quote').map((finding) => finding.speaker)).toEqual(['Regierungssprecher Steffen Hebestreit']);
    const spanish = '“Encontramos obras paralizadas y calles derrumbadas”, dijo la ministra María del Pilar Gómez.';
    expect(analyze(spanish, { language: 'es' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []))).toEqual([
      expect.stringContaining('María del Pilar Gómez'),
    ]);
  });
});

describe('German "Laut" opening a sentence is no first name (session 35)', () => {
  it('names the source after "Laut", with or without a role', () => {
    expect(quoteSpeakers('Laut Scholz ist die Lage „sehr ernst, aber beherrschbar“.')).toEqual(['Scholz']);
    expect(quoteSpeakers('Laut Innenministerin Nancy Faeser ist die Lage „sehr ernst, aber beherrschbar“.')).toEqual(['Innenministerin Nancy Faeser']);
    expect(quoteSpeakers('Laut Habeck bleibt die Energieversorgung „sicher, aber teuer“ in diesem Winter.')).toEqual(['Habeck']);
    expect(quoteSpeakers('Laut Merz ist der Plan „nicht zu Ende gedacht“ und müsse überarbeitet werden.')).toEqual(['Merz']);
    expect(quoteSpeakers('Laut Baerbock ist die Lage an der Grenze „äußerst angespannt“.')).toEqual(['Baerbock']);
  });

  it('keeps a two-word name that opens a sentence, and the source after a lower-case "laut"', () => {
    expect(quoteSpeakers('Olaf Scholz sagte am Montag, die Lage sei „sehr ernst, aber beherrschbar“.')).toEqual(['Olaf Scholz']);
    expect(quoteSpeakers('Die Lage ist laut Scholz „sehr ernst, aber beherrschbar“.')).toEqual(['Scholz']);
  });
});

describe('German state media told in the dative after an inverted subject (session 36)', () => {
  const sources = (text: string): string[] => found(text, 'state-media').map((f) => f.text);

  it('takes the outlet a subject after the verb spoke to as the source', () => {
    expect(sources('In Venezuela sagte der Minister dem Staatsfernsehen, der Präsident sei wiedergewählt worden.')).toEqual(['dem Staatsfernsehen']);
    expect(sources('In Caracas erklärte die Sprecherin Maria Lopez dem staatlichen Fernsehen, die Lage sei ruhig.')).toEqual(['dem staatlichen Fernsehen']);
  });

  it('takes no outlet that opens another clause after a comma', () => {
    expect(sources('In Venezuela sagte der Minister, das Staatsfernsehen sei voller Lügen.')).toEqual([]);
  });
});

describe('German state media that deny, and Al Jazeera under its German spelling (session 36)', () => {
  const sources = (text: string): string[] => found(text, 'state-media').map((f) => f.text);

  it('takes a state agency that "hat … dementiert" as a source', () => {
    expect(sources('Die staatliche syrische Nachrichtenagentur hat Gerüchte dementiert, wonach Präsident Assad das Land verlassen hat.')).toEqual([
      'Die staatliche syrische Nachrichtenagentur',
    ]);
  });

  it('knows "Al-Dschasira" as Al Jazeera', () => {
    expect(found('Der katarische Nachrichtensender Al-Dschasira zitierte einen Sprecher der Regierung.', 'state-media').map((f) => f.outlet)).toEqual([
      'Al Jazeera',
    ]);
  });

  it('takes no denial of the outlet by someone else for the outlet’s account', () => {
    expect(sources('Der Minister hat die Meldung der staatlichen Nachrichtenagentur dementiert.')).toEqual([]);
  });
});

describe('German rumour without a source: "nachgesagt", "kolportiert" (session 36)', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('marks what "wird … nachgesagt" or "so wird kolportiert"', () => {
    expect(claims('Seither wird Joan Laporta ein Faible für deren Arbeit nachgesagt.')).toHaveLength(1);
    expect(claims('Es war der Moment, so wird kolportiert, als Laporta die Entlassung beschloss.')).toHaveLength(1);
    expect(claims('Der Verein zahlte die kolportierte Summe von 60 Millionen Euro.')).toHaveLength(1);
  });

  it('takes no rumour whose source the sentence names', () => {
    expect(claims('Ihm wurde von seinen Gegnern Feigheit nachgesagt.')).toEqual([]);
  });
});

describe('German rumour: "solle … haben", "soll … in Zusammenhang stehen", unnamed media that report or guess (session 37)', () => {
  const claims = (text: string): string[] => found(text, 'unverified').map((f) => f.text);

  it('marks the Konjunktiv "solle" with a perfect and a link said to exist', () => {
    expect(claims('Laut Anklage solle er im Auftrag des Geheimdienstes Informationen gesammelt haben.')).toHaveLength(1);
    expect(claims('Der Fall soll nach Angaben der Menschenrechtler in Zusammenhang mit einem Regiment stehen.')).toHaveLength(1);
  });

  it('marks media no one names that report or guess something', () => {
    expect(claims('Israelische und libanesische Medien vermuten, dass Israel den Angriff durchgeführt haben könnte.')).toHaveLength(1);
    expect(claims('Medien berichteten, dass ein Abgeordneter vor Gericht ausgesagt habe.')).toHaveLength(1);
  });

  it('leaves state media, media reporting at length, and a duty alone', () => {
    expect(claims('Staatliche Medien berichteten, dass der Präsident gesund sei.')).toEqual([]);
    expect(claims('Die Medien berichteten ausführlich über den Prozess.')).toEqual([]);
    expect(claims('Die Schule soll in Zukunft enger mit den Eltern zusammenarbeiten.')).toEqual([]);
  });
});

describe('A German medium named in quotation marks is no quote: told to it a few words after the verb, or after its kind (session 37)', () => {
  const quotes = (text: string): string[] => found(text, 'quote').map((f) => f.text);

  it('reads no quote in the name of the medium told or named', () => {
    expect(quotes('„Was für eine Ehre!“, sagte Keles vor Beginn der Reise dem „Stern“.')).toEqual(['„Was für eine Ehre!“']);
    expect(quotes('„Jedes Pfund zählt“, sagte ein Geschäftsmann bereits im November der «Financial Times».')).toEqual(['„Jedes Pfund zählt“']);
    expect(quotes('Das berichtete die Zeitung „Sport“ am Montag.')).toEqual([]);
  });

  it('keeps words quoted after a speech verb that are someone’s', () => {
    expect(quotes('Der Minister sagte am Montag, der Plan sei ein „großer Erfolg für alle Beteiligten“.')).toHaveLength(1);
  });
});

describe('German: no confirmation given', () => {
  it('marks "Eine offizielle Bestätigung gab es zunächst nicht" and "gibt es keine Bestätigung", not a confirmation given', () => {
    expect(found('Eine offizielle Bestätigung gab es zunächst nicht.', 'unverified').map((f) => f.text)).toEqual([
      'Eine offizielle Bestätigung gab es zunächst nicht.',
    ]);
    expect(found('Dafür gibt es bislang keine offizielle Bestätigung.', 'unverified')).toHaveLength(1);
    expect(found('Die Regierung gab eine Bestätigung der Zahlen heraus.', 'unverified')).toEqual([]);
  });
});

describe('German state media: a name in apposition after its country in the genitive', () => {
  it('marks the description and the name as one span', () => {
    const text = 'Die staatliche Nachrichtenagentur Aserbaidschans, Azertac, meldete am Abend einen Angriff.';
    expect(found(text, 'state-media').map((f) => f.text)).toEqual(['Die staatliche Nachrichtenagentur Aserbaidschans, Azertac']);
  });
});

describe('German: a noun after an article is no person a pronoun stands for', () => {
  it('gives "er sprach von «…»" to the man, not to "den Verein" he loves', () => {
    const text =
      'Der Trainer Xavi Hernández charakterisierte den Job als Martyrium, dem er sich nur unterwerfe, weil er den Verein so liebe.\n\n«Trainer zu sein, ist grausam», sagte der Katalane, er sprach von «häufigen Respektlosigkeiten».';
    const speakers = found(text, 'quote').map((f) => f.speaker);
    expect(speakers[1]).toContain('Xavi Hernández');
  });
});

describe('German: a party epithet stands for the last person of its gender', () => {
  it('gives "sagte die SPD-Politikerin" to the woman named before, not to a man named after her', () => {
    const faeser = 'Innenministerin Nancy Faeser besuchte am Dienstag Hamburg.\n\n„Wir lassen nicht nach“, sagte die SPD-Politikerin vor Polizisten.';
    expect(found(faeser, 'quote').map((f) => f.speaker)).toEqual(['Nancy Faeser (die SPD-Politikerin)']);
    const caputova =
      'Die slowakische Präsidentin Zuzana Caputova hat sich nach den Schüssen auf Ministerpräsident Robert Fico erschüttert gezeigt. „Ich verurteile den Angriff“, schrieb die Politikerin bei Facebook.';
    expect(found(caputova, 'quote').map((f) => f.speaker)).toEqual(['Zuzana Caputova (die Politikerin)']);
  });
});

describe('German: "Das sagte X" after a quote', () => {
  it('gives the quote before it to the subject after the verb of the sentence that points back to it', () => {
    expect(found('„Wir lassen nicht nach.“ Das sagte Innenministerin Nancy Faeser am Dienstag.', 'quote').map((f) => f.speaker)).toEqual([
      'Innenministerin Nancy Faeser',
    ]);
    expect(found('„Wir lassen nicht nach“ – das versprach Innenministerin Nancy Faeser.', 'quote').map((f) => f.speaker)).toEqual([
      'Innenministerin Nancy Faeser',
    ]);
  });
});

describe('German: a fronted noun phrase is the subject, the name after the verb its object', () => {
  it('gives "Die Opposition warf Scholz vor, „…“" to the opposition, and still reads a fronted time phrase as no subject', () => {
    expect(found('Die Opposition warf Scholz vor, „planlos“ zu handeln.', 'quote').map((f) => f.speaker)).toEqual(['Die Opposition']);
    expect(found('Nach Beginn des Krieges sagte Baerbock, man werde „nicht nachlassen“.', 'quote').map((f) => f.speaker)).toEqual(['Baerbock']);
  });
});

describe('German: a fronted presumption and fronted missing evidence', () => {
  it('marks "Vermutet wird, dass …" and "Beweise legte er nicht vor", not evidence given', () => {
    expect(found('Vermutet wird, dass der Täter allein handelte.', 'unverified')).toHaveLength(1);
    expect(found('Beweise legte er nicht vor.', 'unverified')).toHaveLength(1);
    expect(found('Beweise legte er dem Gericht vor.', 'unverified')).toEqual([]);
  });
});
