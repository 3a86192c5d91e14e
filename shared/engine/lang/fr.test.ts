import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding';
import { analyze } from '../analyze';

// Sentences of our own in the shapes met in French news copy.

function marked(text: string, layer: Finding['layer']): string[] {
  return analyze(text)
    .filter((finding) => finding.layer === layer)
    .map((finding) => finding.text);
}

describe('French state media', () => {
  it('takes an outlet after an inverted verb and a time word as the source', () => {
    const text = "Le missile a parcouru mille kilomètres avant de tomber en mer, a rapporté jeudi soir l'agence officielle KCNA.";
    expect(marked(text, 'state-media')).toEqual(["l'agence officielle KCNA"]);
  });

  it('takes an outlet after "confirmé par" as the source', () => {
    expect(marked("Le tir du nouveau missile a été confirmé par l'agence KCNA dans la matinée.", 'state-media')).toEqual(["l'agence KCNA"]);
  });

  it('reads "la télévision iranienne" as state television, where all broadcasting is the state\'s', () => {
    expect(marked('Selon la télévision iranienne, trois personnes sont mortes dans l’incendie du marché.', 'state-media')).toEqual(['la télévision iranienne']);
    expect(marked('Selon la télévision italienne, trois personnes sont mortes dans l’incendie du marché.', 'state-media')).toEqual([]);
  });

  it('reads "la TV d\'État" and words said "sur" state television', () => {
    expect(marked("La TV d'Etat a montré le cortège du président dans la capitale.", 'state-media')).toEqual(["La TV d'Etat"]);
    expect(marked("Le ministre a affirmé sur la chaîne d'État que la situation était sous contrôle.", 'state-media')).toEqual(["la chaîne d'État"]);
  });
});

describe('French state media on the air and in a database export', () => {
  it('takes the broadcaster that words were spoken or read on, a few words after the speech', () => {
    expect(marked('Le général a pris la parole vendredi à la télévision nationale pour annoncer la fermeture des frontières.', 'state-media')).toEqual([
      'la télévision nationale',
    ]);
    expect(marked('Dans une allocution sur Télé Sahel, il a annoncé la fermeture des frontières.', 'state-media')).toEqual(['Télé Sahel']);
    expect(marked('Du communiqué lu, samedi, à la télévision nationale par un colonel, il ressort que les frontières sont fermées.', 'state-media')).toEqual([
      'la télévision nationale',
    ]);
    // Spoken "on" no broadcaster: a place is no outlet.
    expect(marked('Le général a pris la parole vendredi à la tribune pour annoncer la fermeture des frontières.', 'state-media')).toEqual([]);
  });

  it('keeps the whole "la télévision d\'Etat" when it comes back after a first mention', () => {
    const text =
      "Il a été arrêté, ont annoncé les militaires à la télévision d'Etat.\n\nLe général a été porté en triomphe, selon des images diffusées par la télévision d'Etat.";
    expect(marked(text, 'state-media')).toEqual(["la télévision d'Etat", "la télévision d'Etat"]);
  });

  it('takes the publication line of a news database export as the source, not the copyright line', () => {
    const header = (publication: string, holder: string): string =>
      `Retraités étrangers : la vie à bas prix\n\n${publication}\n\n20 septembre 2022\n\nCopyright 2022 ${holder} Distributed by AllAfrica Global Media\n\nLength: 967 words\n\nBody\n\nIls choisissent la Tunisie pour leur retraite.`;
    expect(marked(header('Agence Congolaise de Presse (French)', 'Agence Congolaise de Presse.'), 'state-media')).toEqual(['Agence Congolaise de Presse']);
    expect(marked(header('Le Mauricien', 'Agence Congolaise de Presse.'), 'state-media')).toEqual([]);
  });
});

describe('French quotes', () => {
  it('does not take the headline of a "Lire aussi" link for a quote', () => {
    const text =
      'Le maire a présenté son budget lundi devant le conseil municipal.\n\nLire aussi : Grève au port : « Nous ne céderons rien sur les salaires »\n\n« Les comptes sont sains », a déclaré le maire Paul Martin.';
    expect(marked(text, 'quote')).toEqual(['« Les comptes sont sains »']);
  });

  it('does not take the legal name of a charge for a quote, but keeps words an accuser is quoted with', () => {
    const text =
      "L'homme, arrêté lundi, était poursuivi pour « apologie d'un acte de terrorisme », et pour « provocation à la haine ». Elle a été mise en examen du chef de « complicité de meurtre ». Le ministre a accusé l'opposition de « mentir sans cesse aux Français ».";
    expect(marked(text, 'quote')).toEqual(['« mentir sans cesse aux Français »']);
  });
});

describe('French claim clauses (fr10)', () => {
  it('keeps a hedged claim to its own clause after ", bien que" and ", et"', () => {
    const concession = 'Le maire a défendu son bilan devant les habitants réunis, bien que ses prétendus succès soient contestés par ses adversaires.';
    expect(marked(concession, 'unverified')).toEqual(['ses prétendus succès soient contestés par ses adversaires']);
    const coordinate = 'La digue a cédé dans la nuit après trois jours de pluie, et les secours auraient évacué deux cents familles du quartier bas.';
    expect(marked(coordinate, 'unverified')).toEqual(['les secours auraient évacué deux cents familles du quartier bas']);
  });
});

describe('French negation (round 16)', () => {
  it('does not take a frame negated by "ne … pas" with a verb between for a distancing cue', () => {
    expect(marked('Le rapport estime que le pays ne peut pas être considéré comme un partenaire fiable de l’Union.', 'unverified')).toEqual([]);
    expect(marked('Le rapport estime que le pays est considéré comme un partenaire fiable par ses voisins.', 'unverified')).toHaveLength(1);
  });
});

describe('French counterfactual conditional (fr10)', () => {
  it('does not take a conditional with a "si" clause after it for hearsay, but keeps "même si" and plain hearsay', () => {
    expect(marked('La crue aurait détruit trois ponts si le barrage avait cédé pendant la nuit.', 'unverified')).toEqual([]);
    expect(marked('Il est sûr qu’il aurait gagné le scrutin, s’il avait pu se présenter plus tôt.', 'unverified')).toEqual([]);
    expect(marked('Le suspect aurait été arrêté dimanche, même s’il était blessé.', 'unverified')).toHaveLength(1);
    expect(marked('Selon la police, le suspect aurait été arrêté dimanche à la frontière.', 'unverified')).toHaveLength(1);
  });
});

describe('French speakers (fr11)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('passes over a two-word adverb between the auxiliary and the participle, and still over "en …" after an inverted verb', () => {
    expect(speakers('Le maire de la ville, Paul Martin, a en outre jugé que « les comptes sont sains et le budget est tenu ».')).toEqual(['Paul Martin']);
    expect(speakers('La ministre Anne Petit a par ailleurs dit : « Nous ne céderons rien sur les salaires des ouvriers. »')).toEqual(['Anne Petit']);
    expect(speakers('« Nous ne céderons rien sur les salaires des ouvriers », rappelle en conclusion le maire Paul Martin.')).toEqual(['Paul Martin']);
  });

  it('passes over the person spoken to, named after "à", before an inverted subject', () => {
    expect(speakers('« Neuf attaques sur dix commencent par un courriel », a expliqué à Reuters le ministre Paul Martin.')).toEqual(['Paul Martin']);
    expect(speakers('« Neuf attaques sur dix commencent par un courriel », a expliqué à Reuters, le cofondateur de la société, Paul Martin.')).toEqual([
      'Paul Martin',
    ]);
  });
});

describe('French speakers (fr12)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('reads a role after a demonstrative ("ce père de …", "cette mère de …") as the person just named, whatever role they were given', () => {
    const father = 'Paul Martin, boulanger du village, a parlé devant le juge. « Je ne regrette rien de ce que j’ai fait », affirme ce père de trois enfants.';
    expect(speakers(father)[0]).toMatch(/^Paul Martin/);
    const mother = 'Anne Petit, infirmière de nuit, a témoigné mardi. « Nous avons attendu des heures sans aucune nouvelle », raconte cette mère de famille.';
    expect(speakers(mother)[0]).toMatch(/^Anne Petit/);
  });
});

describe('French distancing frame with a pronoun subject (fr12)', () => {
  it('reads "ce qu’il qualifie de « … »" as distancing, like "ce que X qualifie de", and gives the words to the one "il" stands for', () => {
    const text = 'Paul Martin a quitté le conseil lundi soir. Il dénonce ce qu’il qualifie d’« erreur grave » de la part du maire.';
    expect(marked(text, 'unverified')).toEqual(['ce qu’il qualifie d’« erreur grave » de la part du maire']);
    const speakers = analyze('Anne Petit a quitté le conseil mardi. Le pays mène ce qu’elle appelle une « révolution tranquille » de ses finances.', {
      language: 'fr',
    }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
    expect(speakers).toEqual(['Anne Petit']);
  });
});

describe('French name after an opening "Pour" or "Selon" (fr12)', () => {
  it('reads the name after a capitalised "Pour X, directrice …" as a person, so a later "elle" can stand for her', () => {
    const text =
      '« Le budget est mal tenu », critique Paul Martin.\n\nLes élus ont alerté le préfet.\n\nPour Claire Petit, directrice du service, les choix relèvent de la loi. Interrogée mardi, elle explique : « Nous appliquons les règles. »';
    const speakers = analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
    expect(speakers).toEqual(['Paul Martin', 'Claire Petit']);
  });
});

describe('French second verb joined by "et" (fr12)', () => {
  it('gives the words after "…, et a déclaré qu’il « … »" to the subject that opens the sentence', () => {
    const speakers = (text: string): (string | undefined)[] =>
      analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
    expect(speakers('Le maire Paul Martin est venu au conseil, et a déclaré qu’il « ne regrettait rien de ses choix ».')).toEqual(['Paul Martin']);
    expect(speakers('L’homme s’est visiblement montré agressif envers les agents, et a déclaré qu’il « se moquait bien de ces règles ».')).toEqual(['L’homme']);
  });
});

describe('French speakers (round 13)', () => {
  const speakers = (text: string): (string | undefined)[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));

  it('passes over an apposition opened by a capitalised role to the name before it', () => {
    expect(speakers('Jean Martin, Directeur du journal Le Petit Écho, commentait : « Nous ne lâcherons rien ».')).toEqual(['Jean Martin']);
    expect(speakers("Marie Durand, Présidente de l'association Terre Vive, a déclaré : « Le combat continue ».")).toEqual(['Marie Durand']);
  });
});

describe('French claim boundaries (round 14)', () => {
  it('marks an apposition opened by its cue after a comma, not the sentence that carries it', () => {
    expect(marked('La police dit avoir arrêté Paul Morel, présenté comme le chef du réseau de passeurs.', 'unverified')).toEqual([
      'présenté comme le chef du réseau de passeurs',
    ]);
  });

  it('starts a claim after a quote closed before a comma, never inside the quote and its speaker', () => {
    const text = '« Nous devons rester vigilants », a dit lundi Anne Roux, en référence aux accusations contre la milice de pillages dans la vallée.';
    expect(marked(text, 'unverified')).toEqual(['a dit lundi Anne Roux, en référence aux accusations contre la milice de pillages dans la vallée']);
  });

  it('reads a missing proof as non-verification: the sentence of a passive, the clause of "personne" or "rien"', () => {
    expect(marked('Les bienfaits de ce régime, très suivi en ville, ne sont pas démontrés.', 'unverified')).toEqual([
      'Les bienfaits de ce régime, très suivi en ville, ne sont pas démontrés.',
    ]);
    expect(marked('Personne n’a prouvé que ce vaccin était dangereux, mais le doute demeure chez certains parents.', 'unverified')).toEqual([
      'Personne n’a prouvé que ce vaccin était dangereux',
    ]);
    expect(marked('Que ce contrat ait été truqué ne relève que de la supposition.', 'unverified')).toHaveLength(1);
  });
});

describe('French speakers (round 14)', () => {
  const speakers = (text: string): (string | undefined)[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));

  it('takes the text after "peut-on lire dans" or "lit-on sur" as the source, as after "selon"', () => {
    expect(speakers('« La réforme entrera en vigueur en mars », peut-on lire dans le rapport annuel.')).toEqual(['le rapport annuel']);
    expect(speakers('« Nos prix baissent chaque semaine », lit-on sur le site de la société.')).toEqual(['le site de la société']);
  });

  it('does not take words on a placard or a banner for a quote', () => {
    const text =
      'La foule a défilé dans le centre. « Rendez-nous nos terres », pouvait-on lire sur une banderole tenue par deux jeunes. Cette pancarte « Assez de promesses » était partout.';
    expect(marked(text, 'quote')).toEqual([]);
  });

  it('does not read a plain object after a verb inside the quote as a speaker in an incise', () => {
    const text = '« Notre logiciel bloque les virus, prévient la perte de fichiers, et protège vos comptes », peut-on lire dans la brochure.';
    expect(speakers(text)).toEqual(['la brochure']);
  });

  it('finds the subject after an opening participle clause and an adverbial aside between commas', () => {
    const text = 'Réagissant à la décision, le syndicat, dans un message aux adhérents, a salué « une victoire pour tous les salariés ».';
    expect(speakers(text)).toEqual(['le syndicat']);
  });

  it('passes over a description fronted before the subject, so a demonstrative role points to that person', () => {
    const text =
      'La présidente du tribunal, Claire Vidal, ouvre l’audience. Souriant, la voix calme, son dossier sous le bras, Marc Lenoir s’avance vers la barre. « Je regrette mes paroles », affirme ce père de famille.';
    expect(speakers(text)).toEqual(['Marc Lenoir (ce père)']);
  });
});

describe('French speech verbs and role families (round 14)', () => {
  const speakers = (text: string): (string | undefined)[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));

  it('reads incise-only verbs with their inverted pronoun ("fait-il", "continue-t-elle", "se désole-t-il", "aurait-il dit")', () => {
    const opening = 'La directrice Sophie Lambert a reçu les parents lundi.';
    for (const incise of ['fait-elle', 'continue-t-elle', 'se désole-t-elle', 'aurait-elle dit', 'reprend-elle', 'sourit-elle']) {
      expect(speakers(`${opening} « Les cours reprendront jeudi », ${incise}.`)).toEqual(['Sophie Lambert']);
    }
  });

  it('reads a role of the same family as the person named with another ("le maire" … "l’élu", "l’édile")', () => {
    const text = 'Le maire, Paul Garnier, a visité le chantier. « Le pont sera rouvert en mai », assure l’élu. « Nous tiendrons les délais », ajoute l’édile.';
    expect(speakers(text)).toEqual(['Paul Garnier (l’élu)', 'Paul Garnier (l’édile)']);
  });
});

describe('French auxiliary "a" (round 14)', () => {
  it('never reads the auxiliary "a" before a participle as the English article of a speaker ("a été")', () => {
    const found = analyze('« Nous gagnerons. » Pour ce tract, Marc Lenoir a été condamné lundi.', { language: 'fr' });
    const speakers = found.flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
    expect(speakers).not.toContain('a été');
  });
});

describe('French "parler de" (round 14)', () => {
  it('gives a short quote after "a parlé d’un" to the one who spoke', () => {
    const found = analyze('Le préfet Jean Morel a parlé d’un « désastre » dans la vallée.', { language: 'fr' });
    expect(found.flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []))).toEqual(['Jean Morel']);
  });
});

describe('French speakers (fr15)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('gives a quote after a narrative infinitive ("Et X de répliquer :") to the subject between "et" and "de"', () => {
    const opening = 'Le maire Paul Martin a parlé longtemps devant le conseil. ';
    expect(speakers(`${opening}Et la députée Claire Dubois de lui répliquer : « Vous ne savez pas compter les voix. »`)).toEqual(['Claire Dubois']);
    expect(speakers(`${opening}Et l'un des élus de la majorité d'ajouter : « Nous ne voterons pas ce budget. »`)).toEqual(["l'un des élus de la majorité"]);
    expect(speakers(`${opening}Et Claire Dubois de conclure : « La séance est levée pour ce soir. »`)).toEqual(['Claire Dubois']);
  });

  it('gives a quote to the subject of a clause pointing back to it ("C’est ce qu’affirme X")', () => {
    const opening = 'Le conseil municipal a siégé toute la nuit. ';
    expect(speakers(`${opening}« Nous ne céderons rien sur les salaires. » C'est ce qu'affirme la députée Claire Dubois.`)).toEqual(['Claire Dubois']);
    expect(speakers(`${opening}« Le budget est sincère. » Voilà ce qu’a déclaré lundi le ministre Jean Petit.`)).toEqual(['Jean Petit']);
  });

  it('gives a quote to the owner named by "Ces mots sont ceux de X" in the next sentence', () => {
    const opening = 'Le conseil municipal a siégé toute la nuit. ';
    expect(speakers(`${opening}« La ville est en faillite. » Ces propos sont ceux de la ministre Anne Petit.`)).toEqual(['Anne Petit']);
    expect(speakers(`${opening}« Le budget est sincère. » De tels mots étaient ceux du maire Paul Martin, hier encore.`)).toEqual(['Paul Martin']);
  });
});

describe('French speakers and gender (round 16)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('resolves "elle" to the woman named with "Mme", not to a man named since', () => {
    const text =
      'Mme Anne Petit a parlé samedi devant les ministres réunis à Berlin. Le président Paul Martin a critiqué la presse le même jour. Sur la sécurité, elle a rappelé que « la coopération entre nos pays reste la meilleure défense contre les crises ».';
    expect(speakers(text)).toEqual(['Anne Petit']);
  });

  it('gives words quoted in a sentence without a speech verb whose subject is "elle" to whom "elle" stands for', () => {
    const text =
      'Dans une lettre ouverte, la conseillère Claire Dubois explique être arrivée au bout de son engagement.\n\nElle ne renie pas ses années passées dans la majorité, mais « il arrive un moment où la loyauté ne peut plus justifier le silence ».';
    expect(speakers(text)).toEqual(['Claire Dubois']);
  });

  it("gives words quoted in narration that names no one since the last quote to that quote's speaker", () => {
    const text =
      "« Les habitants sont inquiets pour la qualité de l'eau », a expliqué la riveraine Laure Morel.\n\nPar ailleurs, on attend toujours une décision « parce que certaines parcelles ont été déboisées illégalement il y a des années ».";
    expect(speakers(text)).toEqual(['Laure Morel', 'Laure Morel']);
  });
});

describe('French pronouns and sentence openers (round 16)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('resolves "celle qui" after an inverted verb like "elle", to the woman named before', () => {
    const text =
      'La conseillère Claire Dubois a quitté la réunion avant la fin. « Il faut partir maintenant », a dit le président Paul Martin. « Je ne resterai pas dans cette équipe », précise celle qui a décidé de partir.';
    expect(speakers(text)).toEqual(['Paul Martin', 'Claire Dubois']);
  });

  it('passes over an aside in commas between "qui" and its verb to the person before "qui"', () => {
    const text =
      'Le ministre Jean Petit a voulu rassurer les alliés, cherchant à faire oublier les propos du président Paul Martin qui, pendant sa campagne, avait jugé cette alliance « obsolète ».';
    expect(speakers(text)).toEqual(['Paul Martin']);
  });

  it('never takes "Là" opening a sentence for a speaker', () => {
    const text =
      'Le ministre Paul Martin a encore attaqué la presse. Là encore, difficile de faire plus clair que le ministre qui, depuis deux jours, s’en prend aux juges, notamment dans un message publié vendredi affirmant : « Les journaux mentent chaque jour aux électeurs ! »';
    expect(speakers(text)).not.toContain('Là');
  });
});

describe('French state media as a source (round 18)', () => {
  const tail = " Le texte reste en français pour que la langue de l'article soit bien reconnue.";

  it('takes an outlet as the agent of a participle even with a day or adverb before "par"', () => {
    expect(marked(`Le dirigeant a inspecté une usine de munitions, cité lundi par l'agence KCNA.${tail}`, 'state-media')).toEqual(["l'agence KCNA"]);
    expect(marked(`Ces images, diffusées jeudi soir par IRNA, montrent un convoi de camions.${tail}`, 'state-media')).toEqual(['IRNA']);
    expect(marked(`Le bilan, confirmé samedi par l'agence Xinhua, fait état de douze morts.${tail}`, 'state-media')).toEqual(["l'agence Xinhua"]);
    expect(marked(`Le ministre, interrogé mercredi par RIA Novosti, a refusé de commenter la décision.${tail}`, 'state-media')).toEqual(['RIA Novosti']);
    expect(marked(`La lettre, publiée également par Rodong Sinmun, appelle à la mobilisation.${tail}`, 'state-media')).toEqual(['Rodong Sinmun']);
  });

  it('takes an outlet that words were said to, after a speaker named at length', () => {
    const cases: [string, string][] = [
      [`« Nous ne reculerons pas », a déclaré le vice-ministre des Affaires étrangères, Sergueï Riabkov, à l'agence TASS.`, "l'agence TASS"],
      ["Le président a affirmé vendredi, lors d'une visite à Minsk, à l'agence BelTA que les frontières resteraient ouvertes.", "l'agence BelTA"],
      ["Le porte-parole du ministère, M. Wang, a indiqué mardi à l'agence Xinhua que la visite était reportée.", "l'agence Xinhua"],
      ["Un haut responsable a précisé, au terme d'une longue réunion, à l'agence IRNA que les pourparlers reprendraient.", "l'agence IRNA"],
      ["« Les négociations avancent », a assuré un diplomate syrien de haut rang, joint par téléphone, à l'agence SANA.", "l'agence SANA"],
    ];
    for (const [sentence, outlet] of cases) expect(marked(`${sentence}${tail}`, 'state-media')).toEqual([outlet]);
  });

  it('does not take an outlet that is only the object of a non-reporting verb or part of what was said', () => {
    expect(marked(`Un rapport cité lundi par le Parlement européen vise l'agence TASS.${tail}`, 'state-media')).toEqual([]);
    expect(marked(`Le diplomate a dit lundi qu'il enverrait une lettre à l'agence TASS.${tail}`, 'state-media')).toEqual([]);
  });
});

describe('French short quotes of the sentence subject (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives a few quoted words to the person the sentence is about, with no speech verb', () => {
    expect(quotes('Par contraste, Mme Merkel a célébré, samedi, le « multilatéralisme » devant les délégués.')).toEqual(['« multilatéralisme »|Merkel']);
    expect(quotes('Claire Moreau a longtemps milité pour une école « vraiment gratuite » dans son quartier.')).toEqual(['« vraiment gratuite »|Claire Moreau']);
    expect(quotes('Lundi, Paul Durand a tourné en dérision les « experts de plateau ».')).toEqual(['« experts de plateau »|Paul Durand']);
    expect(quotes('La ministre Anne Roux prépare un plan « sans précédent » pour les hôpitaux.')).toEqual(['« sans précédent »|Anne Roux']);
    const role =
      'François Mitterrand jugeait la campagne indigente. Le président socialiste avait relégué ses deux rivaux au rang de « simples gestionnaires ».';
    expect(quotes(role)).toEqual(['« simples gestionnaires »|François Mitterrand (Le président)']);
  });

  it('leaves a short quote alone when the subject is no person', () => {
    expect(quotes("Le gouvernement a lancé l'opération « Barkhane » au Sahel en 2014.")).toEqual([]);
    expect(quotes('La commune a adopté un budget « participatif » cette année.')).toEqual([]);
  });
});

describe('French lists of short quotes before one cue (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives every quote of a list joined by commas, "et" or "ou" to the cue after the last', () => {
    expect(quotes('« Inacceptable », « insupportable », ont déploré le comité de soutien et les familles.')).toEqual([
      '« Inacceptable »|le comité de soutien',
      '« insupportable »|le comité de soutien',
    ]);
    expect(quotes('« Scandaleux », « honteux », a réagi la députée Anne Roux sur les réseaux sociaux.')).toEqual([
      '« Scandaleux »|Anne Roux',
      '« honteux »|Anne Roux',
    ]);
    expect(quotes('« Un gâchis », « une honte », a lâché Paul Martin à la sortie du tribunal.')).toEqual([
      '« Un gâchis »|Paul Martin',
      '« une honte »|Paul Martin',
    ]);
    expect(quotes('Le texte est « bancal » et « dangereux », a estimé le sénateur Jean Leroy.')).toEqual(['« bancal »|Jean Leroy', '« dangereux »|Jean Leroy']);
    expect(quotes("« Trahison » ou « naïveté », a estimé l'éditorialiste Marc Blanc dans sa chronique.")).toEqual([
      '« Trahison »|Marc Blanc',
      '« naïveté »|Marc Blanc',
    ]);
  });

  it('leaves listed titles alone when no one speaks them', () => {
    expect(quotes('Les films « Amélie », « Intouchables » et « Lucy » ont été diffusés dimanche soir.')).toEqual([]);
    expect(quotes('Dans la bibliothèque de Paul Martin, « Germinal » reste le roman le plus lu.')).toEqual([]);
  });
});

describe('French journalistic conditional in a simple tense (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';

  it('marks a clause reported in the conditional of any verb but a modal', () => {
    const cases = [
      'Les accords signés à Delhi prévoiraient la livraison de cent blindés avant l’été.',
      'Le chef rebelle se cacherait depuis des mois dans les montagnes du nord.',
      'Le groupe détiendrait encore une vingtaine d’otages, dont trois étrangers.',
      'Selon la presse locale, le club vendrait son attaquant vedette pour quarante millions.',
      'Le gouvernement envisagerait de relever l’âge de départ à la retraite.',
    ];
    for (const sentence of cases) expect(marked(`${sentence}${tail}`, 'unverified')).toEqual([sentence]);
  });

  it('leaves alone an imperfect, a modal, the future of a past and an "if" sentence', () => {
    expect(marked(`Le juge gérait seul ce dossier depuis des années.${tail}`, 'unverified')).toEqual([]);
    expect(marked(`Le navire livrait du blé à Odessa chaque semaine.${tail}`, 'unverified')).toEqual([]);
    expect(marked(`La réforme pourrait coûter cher aux communes rurales.${tail}`, 'unverified')).toEqual([]);
    expect(marked(`Le ministre a annoncé qu’il se rendrait à Moscou la semaine prochaine.${tail}`, 'unverified')).toEqual([]);
    expect(marked(`S’il était élu, il supprimerait cet impôt dès la première année.${tail}`, 'unverified')).toEqual([]);
  });
});

describe('French "considéré comme" with a named agent (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';

  it('takes a view whose holder is named after "par" for attribution, not distancing', () => {
    const cases = [
      'Ce médicament était déjà considéré comme dangereux par l’Agence nationale de sécurité.',
      'Le quartier est perçu comme sûr par la plupart de ses habitants.',
      'Le traité a été présenté comme historique par le Premier ministre lors de sa visite.',
      'Le joueur est considéré comme le meilleur gardien du pays par le sélectionneur.',
      'Cette hausse est présentée comme provisoire par les services du ministère depuis des mois.',
    ];
    for (const sentence of cases) expect(marked(`${sentence}${tail}`, 'unverified')).toEqual([]);
  });

  it('still marks the agentless frame', () => {
    const agentless = 'Le groupe est considéré comme le plus dangereux de la région.';
    expect(marked(`${agentless}${tail}`, 'unverified')).toEqual([agentless]);
    const elsewhere = 'Le barrage, présenté comme indestructible, a cédé par endroits.';
    expect(marked(`${elsewhere}${tail}`, 'unverified')).toHaveLength(1);
  });
});

describe('French short quotes before a closing incise (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives a short quote the incise that closes its sentence after a later quote', () => {
    const named = 'Le ministre Armen Petrossian a répondu aux journalistes. ';
    expect(quotes(`${named}La fin de sa « dépendance totale » envers Moscou « apportera la stabilité » à la région, a-t-il déclaré.`)).toEqual([
      '« dépendance totale »|Armen Petrossian',
      '« apportera la stabilité »|Armen Petrossian',
    ]);
    expect(quotes('Ce « gâchis » budgétaire « ne peut plus durer », a martelé la députée Anne Roux.')).toEqual([
      '« gâchis »|Anne Roux',
      '« ne peut plus durer »|Anne Roux',
    ]);
    expect(quotes('Une « erreur » de calcul a « faussé tout le bilan », a reconnu le directeur Luc Petit.')).toEqual([
      '« erreur »|Luc Petit',
      '« faussé tout le bilan »|Luc Petit',
    ]);
    const she = 'Mme Claire Moreau a quitté la salle tard dans la nuit. ';
    expect(quotes(`${she}Un accord « historique » a été trouvé, même si « tout reste à faire », a-t-elle souligné.`)).toEqual([
      '« historique »|Claire Moreau',
      '« tout reste à faire »|Claire Moreau',
    ]);
    expect(quotes('Le plan « ambitieux » du gouvernement « manque de moyens », a regretté le syndicaliste Marc Blanc.')).toEqual([
      '« ambitieux »|Marc Blanc',
      '« manque de moyens »|Marc Blanc',
    ]);
  });

  it('leaves a name or a source that is no incise alone', () => {
    expect(quotes('L’opération « Barkhane » a pris fin, et « la page est tournée », a dit le général Marc Blanc.')).toEqual([
      '« la page est tournée »|Marc Blanc',
    ]);
    expect(quotes('Le film « Amélie » sort en Chine, et « le public est prêt », selon le distributeur.')).toEqual(['« le public est prêt »|le distributeur']);
  });
});

describe('French incise after a comma, past words that follow the quote (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('takes the subject after a speech verb that follows a comma, not the noun before the comma', () => {
    expect(quotes('« Nous attendons des actes » de la part du gouvernement, affirme le syndicaliste Marc Blanc.')).toEqual([
      '« Nous attendons des actes »|Marc Blanc',
    ]);
    expect(quotes('« Le dossier est clos » pour la justice, rappelle l’avocate Anne Roux.')).toEqual(['« Le dossier est clos »|Anne Roux']);
    expect(quotes('« Les stocks sont pleins » dans tous les entrepôts du pays, assure la directrice Claire Moreau.')).toEqual([
      '« Les stocks sont pleins »|Claire Moreau',
    ]);
    expect(quotes('« Il faut agir vite » face à la crue, prévient le préfet Jean Leroy.')).toEqual(['« Il faut agir vite »|Jean Leroy']);
    expect(quotes('Le projet reste « bancal » sur le fond et « mal financé » dans la forme, estime l’économiste Paul Martin.')).toEqual([
      '« bancal »|Paul Martin',
      '« mal financé »|Paul Martin',
    ]);
  });

  it('keeps a subject set before its verb by commas of an aside, and an ordinary incise', () => {
    expect(quotes('Paul Martin est resté prudent. « Rien n’est joué » pour l’instant, et le ministre, lui, affirme que tout est prêt.')).toEqual([
      '« Rien n’est joué »|Paul Martin (le ministre)',
    ]);
    expect(quotes('« Le dossier est clos », a dit le juge Paul Martin.')).toEqual(['« Le dossier est clos »|Paul Martin']);
  });

  it('takes no quote from the headline of a link under a label on its own line', () => {
    const text =
      '« Nous avançons », a dit le ministre Paul Martin.\n\nA LIRE\n\nParis « prépare le terrain » pour une « guerre », assure le président\n\nLa suite du texte.';
    expect(quotes(text)).toEqual(['« Nous avançons »|Paul Martin']);
  });
});

describe('French claim clause ending before ", avec" (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';

  it('ends a hedged clause where a comma and "avec" add the writer’s own circumstance', () => {
    const cases: [string, string][] = [
      [
        'Le pays reste considéré comme le maillon faible de la zone, avec une dette de 150 % du PIB.',
        'Le pays reste considéré comme le maillon faible de la zone',
      ],
      ['Le chef du gang aurait quitté la capitale, avec une partie de ses hommes et leurs armes.', 'Le chef du gang aurait quitté la capitale'],
      ['Le rappeur serait prétendument visé par une enquête, avec deux de ses proches.', 'Le rappeur serait prétendument visé par une enquête'],
      ['Le club est présenté comme le favori du championnat, avec un effectif renouvelé.', 'Le club est présenté comme le favori du championnat'],
      ['Les négociations auraient échoué, avec pour conséquence la fin des aides au pays.', 'Les négociations auraient échoué'],
    ];
    for (const [sentence, clause] of cases) expect(marked(`${sentence}${tail}`, 'unverified')).toEqual([clause]);
  });

  it('keeps "avec" without a comma inside the clause', () => {
    const fled = 'Le suspect aurait fui avec sa famille vers le nord.';
    expect(marked(`${fled}${tail}`, 'unverified')).toEqual([fled]);
    const toll = 'L’attaque aurait fait vingt morts avec des explosifs artisanaux.';
    expect(marked(`${toll}${tail}`, 'unverified')).toEqual([toll]);
  });
});

describe('French speech verb in the infinitive after a verb of will or the recent past (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives the words to the subject of "a tenu à souligner", "a voulu rappeler", "vient de dénoncer"', () => {
    expect(quotes('Le maire Jean Leroy a voulu rappeler que « la ville n’a jamais fermé ses portes ».')).toEqual([
      '« la ville n’a jamais fermé ses portes »|Jean Leroy',
    ]);
    expect(quotes('Le juge Paul Martin a tenu à préciser que « le dossier reste ouvert ».')).toEqual(['« le dossier reste ouvert »|Paul Martin']);
    expect(quotes('La porte-parole Anne Roux a tenu à rappeler que « aucune décision n’a été prise ».')).toEqual([
      '« aucune décision n’a été prise »|Anne Roux',
    ]);
    expect(quotes('La ministre Anne Roux, qui vient de dénoncer un « scandale sanitaire », était à Lyon.')).toEqual(['« scandale sanitaire »|Anne Roux']);
    expect(quotes('Le syndicaliste Marc Blanc avait voulu souligner que « les salariés ont tout donné ».')).toEqual([
      '« les salariés ont tout donné »|Marc Blanc',
    ]);
  });

  it('never takes the object after an infinitive for its subject', () => {
    expect(quotes('Une adjointe « brise le silence » pour dénoncer le comportement du maire Paul Martin.')).toEqual([]);
    expect(quotes('« Le projet est mort » pour dénoncer la réforme, a dit Paul Martin.')).toEqual(['« Le projet est mort »|Paul Martin']);
  });
});

describe('French names quoted right after the noun they name (round 18)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';

  it('takes a capitalised quote after "projet", "opération", "plan" and the like for a name, even beside a speaker', () => {
    const cases = [
      'Les États-Unis soutiennent le projet « Carrefour de la paix » du gouvernement arménien, a déclaré Paul Martin.',
      'L’armée a lancé l’opération « Bouclier du Nord » à l’aube, a annoncé le ministre Luc Petit.',
      'Le maire Jean Leroy a présenté le plan « Ville Verte 2030 » aux habitants.',
      'La députée Anne Roux a soutenu la campagne « Pas de Quartier pour la Haine » lancée en mai.',
      'Le réalisateur Marc Blanc a présenté le film « La Dernière Rive » à Cannes.',
    ];
    for (const sentence of cases) expect(marked(`${sentence}${tail}`, 'quote')).toEqual([]);
  });

  it('keeps words spoken about such a thing, lower case or set off by a comma', () => {
    expect(marked(`Le plan « ne tient pas la route », a estimé le sénateur Paul Martin.${tail}`, 'quote')).toEqual(['« ne tient pas la route »']);
    expect(marked(`Sur le projet, « Nous irons jusqu’au bout », a assuré la ministre Anne Roux.${tail}`, 'quote')).toEqual(['« Nous irons jusqu’au bout »']);
  });
});

describe('French credit line after a quote: a bare name and its role in commas (round 19)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives a quote that closes its sentence to the name that credits it', () => {
    expect(
      quotes('Le débat a duré tout l’hiver. « Personne ne voulait entendre parler des blessés. » Claire Moreau, sociologue, dans un entretien au journal.'),
    ).toEqual(['« Personne ne voulait entendre parler des blessés. »|Claire Moreau']);
    expect(quotes('La ville se vide le soir. « On ferme les volets à dix-neuf heures, tout le monde a peur. » Jean Leroy, commerçant, rue des Lilas.')).toEqual(
      ['« On ferme les volets à dix-neuf heures, tout le monde a peur. »|Jean Leroy'],
    );
    expect(
      quotes(
        'Le rapport fait date. “La presse a mis des mois à regarder ce qui se passait sous ses fenêtres.” Paul Martin, ancien journaliste, dans une tribune.',
      ),
    ).toEqual(['“La presse a mis des mois à regarder ce qui se passait sous ses fenêtres.”|Paul Martin']);
    expect(
      quotes('Les chiffres ont surpris. « Nous ne nous attendions pas à une telle hausse des prix en un mois. » Anne Marie Roux, économiste, le 3 mars.'),
    ).toEqual(['« Nous ne nous attendions pas à une telle hausse des prix en un mois. »|Anne Marie Roux']);
    expect(
      quotes(
        'Le chantier a pris du retard. « Il manque des ouvriers sur tous les sites de la région depuis le printemps. » Marc Blanc, directeur des travaux.',
      ),
    ).toEqual(['« Il manque des ouvriers sur tous les sites de la région depuis le printemps. »|Marc Blanc']);
  });

  it('takes no credit from a name followed by no role in commas', () => {
    expect(
      quotes(
        'Le maire est resté prudent. « Rien n’est joué pour l’instant dans cette affaire. » Saint Étienne, grande ville industrielle, attend la décision.',
      ),
    ).toEqual(['« Rien n’est joué pour l’instant dans cette affaire. »|']);
    expect(quotes('Le maire est resté prudent. « Rien n’est joué pour l’instant dans cette affaire. » Jean Leroy, lui, est parti avant la fin.')).toEqual([
      '« Rien n’est joué pour l’instant dans cette affaire. »|',
    ]);
  });
});

describe('French bare quote after a sentence opened by whose view it gives (round 19)', () => {
  const quotes = (text: string): string[] =>
    analyze(text)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives the quote to the holder of the view, not to the subject the view is about', () => {
    expect(
      quotes('Cependant, pour les chercheurs, le ministre n’est pas le seul fautif dans cette histoire. « Le public était déjà prêt à croire cette rumeur. »'),
    ).toEqual(['« Le public était déjà prêt à croire cette rumeur. »|les chercheurs']);
    expect(quotes('Pour les habitants, la réforme a été conçue sans eux et trop vite. « Nous n’avons jamais été consultés sur ce texte. »')).toEqual([
      '« Nous n’avons jamais été consultés sur ce texte. »|les habitants',
    ]);
    expect(
      quotes(
        'Le chantier a pris du retard. Pour Anne Roux, le budget de la commune reste trop serré cette année. « Il faudra choisir entre la piscine et l’école. »',
      ),
    ).toEqual(['« Il faudra choisir entre la piscine et l’école. »|Anne Roux']);
    expect(quotes('Selon Paul Martin, la réforme arrive trop tard pour les petites communes du département. « On aurait dû agir il y a dix ans. »')).toEqual([
      '« On aurait dû agir il y a dix ans. »|Paul Martin',
    ]);
    expect(
      quotes(
        'Les prix ont encore monté. Pour les éleveurs, la saison est déjà perdue dans toute la vallée. « Nos bêtes n’ont plus rien à manger depuis juillet. »',
      ),
    ).toEqual(['« Nos bêtes n’ont plus rien à manger depuis juillet. »|les éleveurs']);
  });

  it('takes no holder from "pour" that opens no view, or from a view given after the sentence’s subject', () => {
    expect(quotes('Pour la première fois, la ville a fermé ses écoles pendant une semaine entière. « Personne ne sait quand elles rouvriront. »')).toEqual([
      '« Personne ne sait quand elles rouvriront. »|',
    ]);
    expect(
      quotes('Le maire a quitté la salle avant la fin de la longue séance du conseil, pour Paul Martin. « Rien n’est joué pour la suite. »'),
    ).not.toContain('« Rien n’est joué pour la suite. »|Paul Martin');
  });
});

describe('French incise whose speech verb is an infinitive after a verb of will or the recent past (round 19)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('takes the subject inverted after "a tenu à souligner", "a voulu rappeler", "vient de déclarer"', () => {
    expect(quotes('« Nous serons plus forts ensemble », a tenu à souligner Anne Roux.')).toEqual(['« Nous serons plus forts ensemble »|Anne Roux']);
    expect(quotes('« Le budget sera voté avant l’été », a également tenu à préciser le maire Jean Leroy.')).toEqual([
      '« Le budget sera voté avant l’été »|Jean Leroy',
    ]);
    expect(quotes('« Personne ne sera laissé de côté », a voulu rappeler la ministre Claire Moreau.')).toEqual([
      '« Personne ne sera laissé de côté »|Claire Moreau',
    ]);
    expect(quotes('« La grève continue jusqu’à lundi », vient de déclarer le syndicaliste Marc Blanc.')).toEqual([
      '« La grève continue jusqu’à lundi »|Marc Blanc',
    ]);
    expect(quotes('« Les délais seront tenus », a souhaité rassurer l’architecte Paul Martin.')).toEqual(['« Les délais seront tenus »|Paul Martin']);
  });

  it('takes no subject when the infinitive is no incise or its object follows it', () => {
    expect(quotes('Le maire a salué « un effort sans précédent » et il vient de rappeler ses adjoints.')).not.toContain(
      '« un effort sans précédent »|ses adjoints',
    );
    expect(quotes('« Un effort sans précédent » a tenu à rappeler le rapport.')).not.toContain('« Un effort sans précédent »|le rapport');
  });
});

describe('French words spelt as English reporting verbs', () => {
  const speakersOf = (text: string, language: 'fr' | 'en' = 'fr'): (string | undefined)[] =>
    analyze(text, { language }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  const lede = 'Le ministre Paul Morel a parlé devant les députés mardi.\n\n';

  it('never takes the subject of a French sentence whose verb only looks English for the speaker', () => {
    expect(speakersOf(`${lede}« Nous ne reculerons pas. » Le débat continue.`)).not.toContain('Le débat');
    expect(speakersOf(`${lede}« Le vote aura lieu. » La grève continue.`)).not.toContain('La grève');
    expect(speakersOf(`${lede}« Tout est calme. » La séance continue en direct.`)).not.toContain('La séance');
    expect(speakersOf(`${lede}« Rien ne change. » Les formations continues restent gratuites.`)).not.toContain('Les formations');
    expect(speakersOf(`${lede}« Il faut agir. » Comment le gouvernement répondra-t-il ?`)).not.toContain('le gouvernement');
  });

  it('still reads French speech verbs and leaves the English verbs to English articles', () => {
    expect(speakersOf('« Nous ne reculerons pas », continue-t-il. Paul Morel a parlé devant les députés.')).toHaveLength(1);
    expect(speakersOf('Paul Morel spoke to reporters. "We will not back down," Morel continued.', 'en')).toEqual(['Paul Morel']);
  });
});

describe('French envoy called back as a diplomat (round 20)', () => {
  const quotes = (text: string): string[] =>
    analyze(text)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives the words of "la diplomate", "l’ambassadeur", "l’émissaire" to the envoy named before, past someone named since', () => {
    expect(
      quotes(
        'Claire Vidal, ambassadrice du Chili en France, était invitée jeudi. Le chanteur Marc Petit a aussi pris la parole. La diplomate juge la crise « très grave ».',
      ),
    ).toEqual(['« très grave »|Claire Vidal (La diplomate)']);
    expect(
      quotes(
        'Paul Garnier, ambassadeur de France au Mali, a reçu la presse. Le footballeur Jean Morel assistait à la rencontre. Le diplomate a dénoncé « une faute lourde ».',
      ),
    ).toEqual(['« une faute lourde »|Paul Garnier (Le diplomate)']);
    expect(
      quotes(
        'Ahmed Salah, diplomate égyptien, a mené les discussions. Le romancier Luc Bertin les a suivies. « Rien n’est signé », a prévenu l’ambassadeur après la séance.',
      ),
    ).toEqual(['« Rien n’est signé »|Ahmed Salah (l’ambassadeur)']);
    expect(
      quotes(
        'Lina Haddad, envoyée spéciale de l’ONU, est arrivée lundi. Le maire Pierre Roy l’a accueillie à l’aéroport. L’émissaire a parlé d’une « trêve fragile » ce soir-là.',
      ),
    ).toEqual(['« trêve fragile »|Lina Haddad (L’émissaire)']);
    expect(
      quotes(
        'Tomas Berg, consul de Suède, a visité le camp. Le photographe Yves Colin était présent. Selon le diplomate, il faut « agir avant l’hiver » pour les familles.',
      ),
    ).toEqual(['« agir avant l’hiver »|Tomas Berg (le diplomate)']);
  });

  it('keeps a role outside the family to the person named with it', () => {
    expect(
      quotes(
        'Claire Vidal, ambassadrice du Chili en France, était invitée jeudi. Marc Petit, chanteur connu, a aussi pris la parole. Le chanteur juge la crise « très grave ».',
      ),
    ).not.toContain('« très grave »|Claire Vidal (Le chanteur)');
    expect(
      quotes('Paul Garnier, ambassadeur de France au Mali, a reçu la presse. Le diplomate Jean Morel, du Quai d’Orsay, a dénoncé « une faute lourde ».'),
    ).not.toContain('« une faute lourde »|Paul Garnier (Le diplomate)');
  });
});

describe('French subject followed by a past participle and its complement (round 20)', () => {
  const speakers = (text: string): string[] =>
    analyze(text)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => (finding.layer === 'quote' ? (finding.speaker ?? '') : ''));

  it('gives the words to the noun before "chargés d’étudier …", "publié par …", "mandatés par …", with verbs of advice', () => {
    expect(speakers('Plusieurs sénateurs chargés d’étudier le budget avaient préconisé « une hausse des crédits de la défense ».')).toEqual([
      'Plusieurs sénateurs',
    ]);
    expect(speakers('Les médecins chargés de suivre le patient ont recommandé « un repos complet pendant un mois ».')).toEqual(['Les médecins']);
    expect(speakers('Le rapport publié par le ministère recommande « une pause dans les travaux du port ».')).toEqual(['Le rapport']);
    expect(speakers('Les experts mandatés par la mairie suggèrent « de fermer le pont aux camions ».')).toEqual(['Les experts']);
    expect(speakers('La commission désignée par le Parlement préconise « un contrôle plus strict des dépenses ».')).toEqual(['La commission']);
  });

  it('takes no subject across a clause of its own', () => {
    expect(speakers('Le ministre a salué les élus invités par le maire et a déclaré « tout va bien ici ».')).not.toContain('les élus');
    expect(speakers('Le préfet a rencontré les maires concernés par la crue, puis le ministre a préconisé « une aide d’urgence ».')).toEqual(['le ministre']);
  });
});

describe('French adverb of manner or frequency between the auxiliary and the speech participle (round 20)', () => {
  const quotes = (text: string): string[] =>
    analyze(text)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('reads "a spécifiquement déclaré", "a catégoriquement répété", "a maintes fois répété" as speech', () => {
    expect(quotes('Le Premier ministre Nikol Pachinian a spécifiquement déclaré : « Je suis très heureux d’être ici. »')).toEqual([
      '« Je suis très heureux d’être ici. »|Nikol Pachinian',
    ]);
    expect(quotes('« Nous ne signerons pas », a catégoriquement répété la ministre Anne Roy.')).toEqual(['« Nous ne signerons pas »|Anne Roy']);
    expect(quotes('Le maire a maintes fois répété « qu’il ne lâcherait rien ».')).toEqual(['« qu’il ne lâcherait rien »|Le maire']);
    expect(quotes('« Rien n’a changé », a sobrement commenté l’entraîneur Paul Morel.')).toEqual(['« Rien n’a changé »|Paul Morel']);
    expect(quotes('Le juge Marc Lenoir a toujours affirmé « qu’il était innocent ».')).toEqual(['« qu’il était innocent »|Marc Lenoir']);
  });

  it('gives no speaker to words after an adverb and a verb that reports nothing', () => {
    expect(quotes('Le maire a toujours habité « la maison du bout de la rue », comme il l’appelle.')).toEqual(['« la maison du bout de la rue »|']);
    expect(quotes('Les prix ont souvent augmenté, « une hausse brutale et injuste » selon les commerçants du marché.')).toEqual([
      '« une hausse brutale et injuste »|les commerçants du marché',
    ]);
  });
});

describe('French "considéré par X comme" with the holder of the view named (round 20)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';

  it('takes a view whose named holder stands between the participle and "comme" for attribution', () => {
    const cases = [
      'L’affaire est considérée par les médias allemands comme le signe d’une entrevue ratée.',
      'Le barrage était perçu par la population du village comme une menace constante.',
      'La réforme, présentée par le gouvernement comme une avancée, passe mal chez les enseignants.',
      'Ce joueur est considéré par l’entraîneur comme le plus doué de sa génération.',
      'Le texte a été présenté par Paul Durand comme une victoire pour les locataires.',
    ];
    for (const sentence of cases) expect(marked(`${sentence}${tail}`, 'unverified')).toEqual([]);
  });

  it('still marks the frame when the holder is left vague', () => {
    expect(marked(`Le projet est perçu par certains comme une provocation inutile.${tail}`, 'unverified')).toHaveLength(1);
    expect(marked(`Le plan est considéré par beaucoup comme une erreur grave pour la ville.${tail}`, 'unverified')).toHaveLength(1);
  });
});

describe('French conditional after a hypothesis: "si" with an imperfect, "sans" and its noun (round 20)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';

  it('reads the conditional after a counterfactual as imagined, not as hearsay', () => {
    const cases = [
      'Sans la pluie de mars, la récolte aurait été bien meilleure cette année.',
      'Résultat : sans cette aide, l’entreprise aurait déjà fermé ses portes.',
      'Si la digue avait cédé, le village aurait été rayé de la carte.',
      'Sans leur intervention rapide, l’incendie aurait gagné tout le quartier.',
      'S’il avait plu davantage, les nappes auraient retrouvé leur niveau habituel.',
    ];
    for (const sentence of cases) expect(marked(`${sentence}${tail}`, 'unverified')).toEqual([]);
  });

  it('still reads hearsay after a "si" that concedes or a "sans" that tells how', () => {
    expect(marked(`Si son nom n’est pas connu, le suspect aurait déjà quitté le pays.${tail}`, 'unverified')).toHaveLength(1);
    expect(marked(`Il est parti sans prévenir, et aurait quitté le pays dans la nuit.${tail}`, 'unverified')).toHaveLength(1);
  });
});

describe('French outlet that speaks through its journalist after "selon" (round 20)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const media = (text: string): string[] => marked(`${text}${tail}`, 'state-media');

  it('takes the outlet of "selon un correspondant de …", "d’après l’envoyé spécial de …" as the source', () => {
    expect(media('Selon un correspondant d’Armenpress à Bruxelles, les deux rapports saluent la dynamique.')).toEqual(['Armenpress']);
    expect(media('D’après un journaliste de l’agence Chine nouvelle, le marché a rouvert dans la matinée.').join()).toMatch(/l’agence Chine nouvelle$/);
    expect(media("Selon l’envoyé spécial de la télévision d'État, les combats ont cessé dans la nuit.").join()).toMatch(/la télévision d'État$/);
    expect(media('Selon le correspondant de KCNA, la parade a réuni des milliers de soldats.').join()).toMatch(/KCNA$/);
    expect(media('Selon des journalistes de RT présents sur place, la ville est calme depuis lundi.').join()).toMatch(/RT$/);
  });

  it('takes no source from a journalist who is only mentioned, or from a journalist of an independent outlet', () => {
    expect(media('Un correspondant de KCNA a été expulsé du pays la semaine dernière.')).toEqual([]);
    expect(media('Selon un correspondant de la BBC à Moscou, la ville est calme depuis lundi.')).toEqual([]);
  });
});

describe('French short quote that opens its clause before ", selon X" (round 20)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('reads a capitalised word or two in guillemets as the words of the source after "selon" or "d’après"', () => {
    expect(quotes('« Improbable », selon la presse allemande.')).toEqual(['« Improbable »|la presse allemande']);
    expect(quotes('Le verdict ? « Inacceptable », selon les avocats de la famille.')).toEqual(['« Inacceptable »|les avocats de la famille']);
    expect(quotes('« Irréaliste », selon les syndicats.')).toEqual(['« Irréaliste »|les syndicats']);
    expect(quotes('« Historique », d’après le maire de la ville.')).toEqual(['« Historique »|le maire de la ville']);
    expect(quotes('« Une erreur », selon le ministre.')).toEqual(['« Une erreur »|le ministre']);
  });

  it('keeps a name in guillemets after its noun a name, whatever follows', () => {
    expect(quotes('Le navire « Espérance », selon la capitainerie, a quitté le port dans la nuit.')).toEqual([]);
    expect(quotes('L’opération « Barkhane », selon le ministère, a coûté un milliard d’euros.')).toEqual([]);
  });
});

describe('French adverbials of contrast around a speaker (de son côté, pour sa part, quant à lui, à son tour)', () => {
  const quotes = (text: string): string[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [`${finding.text}|${finding.speaker ?? ''}`] : []));

  it('takes the subject after the adverbial for the speaker, never the adverbial itself', () => {
    expect(quotes('De son côté, le ministre de l’Intérieur, Jean Lacombe, s’est dit «surpris» et a demandé une enquête.')).toEqual(['«surpris»|Jean Lacombe']);
    expect(quotes('« Les écoles rouvriront lundi », a de son côté assuré la rectrice Anne Berthier.')).toEqual([
      '« Les écoles rouvriront lundi »|Anne Berthier',
    ]);
    expect(quotes('« Nous n’accepterons aucune coupe budgétaire », a pour sa part prévenu le syndicaliste Marc Olivier.')).toEqual([
      '« Nous n’accepterons aucune coupe budgétaire »|Marc Olivier',
    ]);
    expect(quotes('« La digue tiendra », a quant à lui affirmé l’ingénieur Luc Ferrand devant les riverains.')).toEqual(['« La digue tiendra »|Luc Ferrand']);
    expect(quotes('« Le chantier prendra deux ans », a à son tour estimé la conseillère Julie Caron.')).toEqual([
      '« Le chantier prendra deux ans »|Julie Caron',
    ]);
    expect(quotes('«Nous sommes prêts à aider», a de son côté écrit le ministre espagnol, Pedro Sanchez, sur X.')).toEqual([
      '«Nous sommes prêts à aider»|Pedro Sanchez',
    ]);
  });

  it('finds no speaker past the adverbial when no speech verb follows it', () => {
    expect(quotes('« Nous resterons mobilisés jusqu’au bout de cette affaire », a pour sa part un air de déjà-vu pour les riverains de Paul Morel.')).toEqual([
      '« Nous resterons mobilisés jusqu’au bout de cette affaire »|',
    ]);
    expect(quotes('De son côté de la frontière, « la situation reste calme et les routes sont ouvertes », selon la police.')).toEqual([
      '« la situation reste calme et les routes sont ouvertes »|la police',
    ]);
  });
});

describe('French words that open a sentence on its point (Résultat :, Bilan :, Outre …,)', () => {
  const quotes = (text: string): string[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [`${finding.text}|${finding.speaker ?? ''}`] : []));

  it('never takes the word before the colon or comma for the speaker', () => {
    expect(quotes('Résultat : « les stocks sont vides depuis deux semaines dans plusieurs pharmacies de la ville ».')).toEqual([
      '« les stocks sont vides depuis deux semaines dans plusieurs pharmacies de la ville »|',
    ]);
    expect(quotes('Bilan : « trois saisons perdues de suite et un stade à moitié vide chaque samedi ».')).toEqual([
      '« trois saisons perdues de suite et un stade à moitié vide chaque samedi »|',
    ]);
    expect(quotes('Conclusion : « il faudra tout reconstruire avant l’hiver prochain, pierre par pierre ».')).toEqual([
      '« il faudra tout reconstruire avant l’hiver prochain, pierre par pierre »|',
    ]);
    expect(quotes('Constat : « les trains arrivent en retard un jour sur deux depuis la rentrée ».')).toEqual([
      '« les trains arrivent en retard un jour sur deux depuis la rentrée »|',
    ]);
    expect(quotes('Qu’est-ce qu’il faut retenir : « le pont restera fermé jusqu’à la fin du mois de juin ».')).toEqual([
      '« le pont restera fermé jusqu’à la fin du mois de juin »|',
    ]);
    expect(
      quotes(
        'Le Pr Jean Dubois suit ces patients. Outre des nausées, « il existe aussi des risques plus graves », relève-t-il, pointant un « risque accru de cancer » après des années.',
      ),
    ).toEqual(['« il existe aussi des risques plus graves »|Jean Dubois', '« risque accru de cancer »|Jean Dubois']);
  });

  it('still takes a name or a role before the colon for the speaker', () => {
    expect(quotes('Le maire Paul Martin : « Nous ne céderons rien sur les salaires des agents municipaux ».')).toEqual([
      '« Nous ne céderons rien sur les salaires des agents municipaux »|Paul Martin',
    ]);
    expect(quotes('Emmanuel Macron : « La France se tient prête à aider aux premiers secours ».')).toEqual([
      '« La France se tient prête à aider aux premiers secours »|Emmanuel Macron',
    ]);
  });
});

describe('French verbs of talking at length about something (round 20)', () => {
  const tail = ' Le texte reste en français pour que la langue soit reconnue.';
  const quotes = (text: string): string[] =>
    analyze(`${text}${tail}`)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => `${finding.text}|${finding.layer === 'quote' ? (finding.speaker ?? '') : ''}`);

  it('gives short quotes in the complement of "gloser", "disserter", "pérorer", "épiloguer" to their subject', () => {
    expect(quotes('La sénatrice Anne Roy a longuement glosé sur une loi « bâclée ».')).toEqual(['« bâclée »|Anne Roy']);
    expect(quotes('Le maire Paul Roy a disserté sur une réforme « mal ficelée ».')).toEqual(['« mal ficelée »|Paul Roy']);
    expect(quotes('Le ministre Jean Roux a péroré sur « la grandeur de la France ».')).toEqual(['« la grandeur de la France »|Jean Roux']);
    expect(quotes('L’entraîneur Yves Colin a épilogué sur un match « à oublier ».').join()).toMatch(/^« à oublier »\|.*Yves Colin$/);
    const several = quotes('Le président Luc Morel a glosé sur une campagne « inédite » qui n’a « pas vraiment commencé ».');
    expect(several.map((entry) => entry.split('|')[1])).toEqual(['Luc Morel', 'Luc Morel']);
  });

  it('keeps the title of a work talked about a title', () => {
    expect(quotes('Le critique Paul Roy a disserté sur le roman « Les Misérables » devant ses élèves.')).toEqual([]);
    expect(quotes('Le professeur Jean Roux a glosé sur le film « Titanic » pendant une heure.')).toEqual([]);
  });
});

describe('French verbs of reassurance and temper in an incise (rassure, s’énerve-t-il, s’emballe, s’impatiente)', () => {
  const quotes = (text: string): string[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [`${finding.text}|${finding.speaker ?? ''}`] : []));

  it('takes the subject of the incise for the speaker', () => {
    expect(quotes('« Ce traitement reste sûr quand il est bien prescrit », rassure le Pr Hélène Vidal.')).toEqual([
      '« Ce traitement reste sûr quand il est bien prescrit »|Hélène Vidal',
    ]);
    expect(quotes('« Aucune fermeture de classe n’est prévue à la rentrée », a rassuré la rectrice Anne Berthier.')).toEqual([
      '« Aucune fermeture de classe n’est prévue à la rentrée »|Anne Berthier',
    ]);
    expect(quotes('La députée Julie Caron a répondu aux élus. « Je ne laisserai personne salir mon nom dans cette affaire », s’énerve-t-elle.')).toEqual([
      '« Je ne laisserai personne salir mon nom dans cette affaire »|Julie Caron',
    ]);
    expect(quotes('« Ce chantier n’a que trop duré pour les commerçants », s’emballe le maire Paul Morel.')).toEqual([
      '« Ce chantier n’a que trop duré pour les commerçants »|Paul Morel',
    ]);
    expect(quotes('Le ministre Jean Roux a été interpellé. « On nous promet des moyens depuis dix ans sans rien voir venir », s’impatiente-t-il.')).toEqual([
      '« On nous promet des moyens depuis dix ans sans rien voir venir »|Jean Roux',
    ]);
  });

  it('leaves the speaker to the incise when the verb comes in a later sentence with its own object', () => {
    expect(quotes('« Ce traitement reste sûr quand il est bien prescrit », a dit le Pr Hélène Vidal. Sa réponse rassure les familles des patients.')).toEqual([
      '« Ce traitement reste sûr quand il est bien prescrit »|Hélène Vidal',
    ]);
    expect(
      quotes('Le maire Paul Morel a parlé. « Le calendrier sera tenu jusqu’au bout », a-t-il dit. Cette réponse énerve les habitants du quartier de la gare.'),
    ).toEqual(['« Le calendrier sera tenu jusqu’au bout »|Paul Morel']);
  });
});

describe('French ministries and their portfolio adjective (des Affaires étrangères, des Relations extérieures)', () => {
  const quotes = (text: string): string[] =>
    analyze(text, { language: 'fr' }).flatMap((finding) => (finding.layer === 'quote' ? [`${finding.text}|${finding.speaker ?? ''}`] : []));

  it('keeps the whole ministry or minister as the speaker, not the capitalised portfolio word', () => {
    expect(quotes('Le ministère des Affaires étrangères a précisé : « Nous sommes prêts à aider les victimes du séisme ».')).toEqual([
      '« Nous sommes prêts à aider les victimes du séisme »|Le ministère des Affaires étrangères',
    ]);
    expect(quotes('Le ministère turc des Affaires étrangères a assuré que « la Turquie se tient prête à fournir toute forme de soutien ».')).toEqual([
      '« la Turquie se tient prête à fournir toute forme de soutien »|Le ministère turc des Affaires étrangères',
    ]);
    expect(quotes('La ministre des Affaires étrangères a déclaré : « Nous rappelons notre ambassadeur pour consultations ».')).toEqual([
      '« Nous rappelons notre ambassadeur pour consultations »|La ministre des Affaires étrangères',
    ]);
    expect(quotes('Le ministre des Relations extérieures a affirmé : « Le dialogue reste ouvert avec tous nos voisins ».')).toEqual([
      '« Le dialogue reste ouvert avec tous nos voisins »|Le ministre des Relations extérieures',
    ]);
    expect(quotes('Le porte-parole du ministère des Affaires étrangères a dit : « Aucune délégation n’est attendue cette semaine ».')).toEqual([
      '« Aucune délégation n’est attendue cette semaine »|Le porte-parole du ministère des Affaires étrangères',
    ]);
  });

  it('does not hand the quote to a ministry that is only spoken of', () => {
    expect(quotes('Les Affaires étrangères ont longtemps été un domaine réservé. « Le président décide seul de tout », a dit le député Jean Roux.')).toEqual([
      '« Le président décide seul de tout »|Jean Roux',
    ]);
    expect(quotes('« Nous ne fermerons aucune ambassade cette année », a dit le député Jean Roux devant les diplomates des Affaires étrangères.')).toEqual([
      '« Nous ne fermerons aucune ambassade cette année »|Jean Roux',
    ]);
  });
});

describe('French "à en croire X" hands a claim to its source without the writer vouching for it', () => {
  it('marks the sentence the frame opens or interrupts', () => {
    expect(marked('À en croire le porte-parole, le versement irrégulier des pensions est dû au non-renouvellement des cotisations.', 'unverified')).toEqual([
      'À en croire le porte-parole, le versement irrégulier des pensions est dû au non-renouvellement des cotisations.',
    ]);
    expect(marked('A en croire la mairie, les travaux seront terminés avant l’été.', 'unverified')).toEqual([
      'A en croire la mairie, les travaux seront terminés avant l’été.',
    ]);
    expect(marked('Le chantier, à en croire les riverains, a pris deux ans de retard.', 'unverified')).toEqual([
      'Le chantier, à en croire les riverains, a pris deux ans de retard.',
    ]);
    expect(marked('À en croire son entourage, le ministre ne briguera pas de second mandat.', 'unverified')).toHaveLength(1);
    expect(marked('Les prix baisseront dès janvier, à en croire le patron de l’enseigne.', 'unverified')).toHaveLength(1);
  });

  it('leaves "en croire" in its ordinary senses alone', () => {
    expect(marked('Il faut en croire ses yeux pour comprendre l’ampleur des dégâts.', 'unverified')).toEqual([]);
    expect(marked('Personne ne veut en croire un mot, a dit le maire devant le conseil.', 'unverified')).toEqual([]);
  });
});

describe('French curly quotes set with inner spaces, as guillemets are (session 35)', () => {
  function quotes(text: string): [string, string | undefined][] {
    return analyze(text)
      .filter((finding) => finding.layer === 'quote')
      .map((finding) => [finding.text, finding.layer === 'quote' ? finding.speaker : undefined]);
  }

  it('reads “ … ” with inner spaces as a quote, opening a sentence, inside it, or after "selon"', () => {
    expect(quotes('“ Nous ne céderons rien sur les salaires ni sur les horaires ”, a déclaré le syndicaliste Paul Renaud.')).toEqual([
      ['“ Nous ne céderons rien sur les salaires ni sur les horaires ”', 'Paul Renaud'],
    ]);
    expect(quotes('Le président Marc Lenoir a parlé d’une “ opportunité historique pour le pays ”, lors de sa visite à Dakar.')).toEqual([
      ['“ opportunité historique pour le pays ”', 'Marc Lenoir'],
    ]);
    expect(quotes('La ministre Claire Fontaine était à Abidjan. Selon elle, “ la situation est grave mais pas désespérée ”.')).toEqual([
      ['“ la situation est grave mais pas désespérée ”', 'Claire Fontaine'],
    ]);
    expect(quotes('“ Il faut agir vite, très vite ”, insiste le maire Paul Renaud devant les habitants réunis.').map(([text]) => text)).toEqual([
      '“ Il faut agir vite, très vite ”',
    ]);
    expect(quotes('L’opposant Jean Dubois dénonce “ une mascarade électorale sans précédent ” et réclame un nouveau scrutin.').map(([text]) => text)).toEqual([
      '“ une mascarade électorale sans précédent ”',
    ]);
  });

  it('opens no quote at a spaced “ that no spaced ” closes, nor across another opening mark', () => {
    expect(quotes('Le texte s’arrête sur un “ isolé, puis reprend sans aucune autre marque de citation.')).toEqual([]);
    expect(quotes('Il cite “ un rapport et “un autre” encore, sans fermer le premier guillemet de la phrase.').map(([text]) => text)).not.toContain(
      '“ un rapport et “un autre”',
    );
  });
});

describe('French-speaking Africa: agency tags in datelines and sign-offs, and agency names as French copy writes them (session 35)', () => {
  it('reads the agencies of the country the article names, in a dateline, a slash-joined dateline and a closing sign-off', () => {
    expect(marked('Niamey, 4 mai (ANP) – Le gouvernement a annoncé la réouverture des frontières terrestres avec le Bénin.', 'state-media')).toEqual(['ANP']);
    expect(marked('Kinshasa, 2 août 2023 (APS/ACP).- L’Algérie a mis en garde, mardi, contre toute intervention militaire au Niger.', 'state-media')).toEqual([
      'APS',
      'ACP',
    ]);
    expect(marked('Le président a quitté Kinshasa lundi pour un sommet à Paris.\n\nACP/KKP', 'state-media')).toEqual(['ACP']);
  });

  it('reads an agency named in sentence case or in title case, whichever the registry holds', () => {
    expect(marked('D’après l’Agence de presse sénégalaise, le président a quitté Dakar pour Paris.', 'state-media')).toEqual(['Agence de presse sénégalaise']);
    expect(marked('Selon l’Agence Congolaise de Presse, le scrutin aura lieu en décembre.', 'state-media')).toEqual(['Agence Congolaise de Presse']);
    expect(marked('D’après l’Agence de presse nigérienne, l’Algérie appelle à la prudence et à la retenue.', 'state-media')).toEqual([
      'Agence de presse nigérienne',
    ]);
  });

  it('reads no agency from a shared acronym when the article names no country it belongs to', () => {
    expect(marked('Le président a quitté Dakar lundi pour un sommet à Paris.\n\nACP/KKP', 'state-media')).toEqual([]);
    expect(marked('Le comité (ACP) publiera son rapport annuel sur les pêches en juin.', 'state-media')).toEqual([]);
  });
});

describe('French adverbials between the auxiliary and the speech participle, far from the quote (session 35)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('reads a closing incise with "pour sa part" or "de son côté" and a time word as the speaker of the sentence’s quote', () => {
    expect(
      speakers(
        'La France enverra « tous les secours nécessaires » au Maroc dans les prochaines heures, a pour sa part déclaré lundi la ministre Claire Fontaine.',
      ),
    ).toEqual(['Claire Fontaine']);
    expect(
      speakers('La Belgique enverra « une équipe de sauveteurs spécialisés » au Maroc dès ce soir, a de son côté indiqué le ministre Paul Renaud.'),
    ).toEqual(['Paul Renaud']);
  });

  it('gives "il" the person named after such an incise in the sentence before', () => {
    const text =
      'Le Royaume-Uni se tient prêt à aider le Maroc, a pour sa part déclaré samedi le ministre britannique des Affaires étrangères, James Cleverly.\n\n« Le Royaume-Uni continue de soutenir ses ressortissants », a-t-il écrit sur X.';
    expect(speakers(text)).toEqual(['James Cleverly']);
    const minister =
      'La France se tient prête à aider, a de son côté indiqué la ministre Claire Fontaine.\n\n« Nous enverrons des secouristes dès ce soir », a-t-elle ajouté.';
    expect(speakers(minister)).toEqual(['Claire Fontaine']);
    const spanish =
      'España está lista para ayudar, ha declarado por su parte el ministro Luis Herrera.\n\n“Enviaremos rescatistas esta misma noche”, ha añadido.';
    expect(analyze(spanish, { language: 'es' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []))).toEqual(['Luis Herrera']);
  });

  it('takes no speaker from a closing clause whose participle is not one of speech, nor from "on"', () => {
    expect(speakers('Le village recevra « une aide exceptionnelle de l’État » dès cet hiver, a pour sa part reconstruit la commune voisine.')).toEqual([
      undefined,
    ]);
    expect(speakers('La France enverra « tous les secours nécessaires » au Maroc dans les prochaines heures, a-t-on appris lundi.')).toEqual([undefined]);
  });
});

describe('French and Spanish agentless presumption: "on présume que", "se presume que" (session 35)', () => {
  it('marks a presumption no one is named as holding, as "it is presumed that" is', () => {
    expect(marked('On présume que l’incendie a été provoqué par une cigarette mal éteinte.', 'unverified')).toHaveLength(1);
    expect(marked('On soupçonne que le directeur a détourné les fonds de la coopérative.', 'unverified')).toHaveLength(1);
    expect(marked('Dans le quartier, on croit que la mine rouvrira avant l’été.', 'unverified')).toHaveLength(1);
    expect(
      analyze('Se presume que el incendio fue provocado por una colilla mal apagada.', { language: 'es' }).filter((f) => f.layer === 'unverified'),
    ).toHaveLength(1);
    expect(marked('On suppose que le suspect a quitté le pays par la frontière belge.', 'unverified')).toHaveLength(1);
  });

  it('does not mark a hypothesis opened by "si"', () => {
    expect(marked('Si l’on suppose que la croissance reste stable, la dette baissera en 2030.', 'unverified')).toEqual([]);
    expect(marked('Si on suppose que la croissance reste stable, la dette baissera en 2030.', 'unverified')).toEqual([]);
  });
});

describe('French "se tenir" is no verb of speech; "tenir à préciser" still is (session 35)', () => {
  function speakers(text: string): (string | undefined)[] {
    return analyze(text).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
  }

  it('gives a quote in a sentence about standing ready to the minister of the closing incise', () => {
    expect(speakers('Le Royaume-Uni se tient « prêt à aider » le Maroc, a pour sa part déclaré samedi le ministre James Cleverly.')).toEqual([
      'James Cleverly',
    ]);
    expect(speakers('La France se tient prête à « aider le Maroc de toutes les manières possibles », a assuré lundi la ministre Claire Fontaine.')).toEqual([
      'Claire Fontaine',
    ]);
    expect(speakers('Le Japon se tient « aux côtés du peuple marocain », a écrit le Premier ministre Fumio Kishida sur X.')).toEqual([
      expect.stringContaining('Kishida'),
    ]);
  });

  it('still reads "tient à préciser" before and after the quote', () => {
    expect(speakers('« Rien n’est décidé », tient à préciser le maire Paul Renaud.')).toEqual(['Paul Renaud']);
    expect(speakers('Le maire Paul Renaud tient à préciser que « rien n’est décidé pour le moment ».')).toEqual(['Paul Renaud']);
  });
});

describe('French state television: "la télévision nationale" and words announced to it (session 36)', () => {
  it('reads "la télévision nationale" and "la radio nationale" as the state’s broadcaster when used as a source', () => {
    expect(marked('Au Niger, selon la télévision nationale, le général Tchiani a prononcé un discours.', 'state-media')).toEqual(['la télévision nationale']);
    expect(marked('Le général a déclaré à la radio nationale que la constitution était suspendue.', 'state-media')).toEqual(['la radio nationale']);
  });

  it('takes words "annoncé" to state television after an inverted subject', () => {
    const text = "Le fils du président a été arrêté pour « haute trahison », ont annoncé les militaires putschistes à la télévision d'Etat.";
    expect(marked(text, 'state-media')).toEqual(["la télévision d'Etat"]);
  });

  it('takes no national agency of another kind for a broadcaster', () => {
    expect(marked("L'Agence nationale de sécurité du médicament a déclaré que le produit était dangereux.", 'state-media')).toEqual([]);
    expect(marked('Le débat sur la télévision nationale et son financement divise les députés.', 'state-media')).toEqual([]);
  });
});

describe('French agentless suspicion and accusation participles (session 36)', () => {
  it('marks "soupçonné de/d’avoir" and "accusé de" + a charge as unverified claims', () => {
    expect(marked('Macky Sall, soupçonné de vouloir briguer un troisième mandat, a reçu l’émissaire.', 'unverified')).toHaveLength(1);
    expect(marked("Soupçonné d'avoir monnayé une intervention, l'ancien ministre a comparu mardi.", 'unverified')).toHaveLength(1);
    expect(marked('Le nouveau proviseur du lycée accusé de sexisme et de mauvais management à Londres', 'unverified')).toHaveLength(1);
    expect(marked('Deux hommes sont soupçonnés d’avoir tenté de faire régulariser deux sœurs.', 'unverified')).toHaveLength(1);
  });

  it('takes no defendant called "l’accusé" and no negated suspicion for a claim', () => {
    expect(marked('L’accusé de 35 ans a nié les faits devant le tribunal.', 'unverified')).toEqual([]);
    expect(marked('Il n’est pas soupçonné de corruption.', 'unverified')).toEqual([]);
  });
});

describe('French "serait" after "a annoncé que" is the future of a past, not hearsay (session 36)', () => {
  it('leaves "a annoncé que X serait rapatrié" and "ont averti que … serait assimilée" unmarked', () => {
    expect(marked('Paris a annoncé que son ambassadeur au Niger serait rapatrié dans les prochaines heures.', 'unverified')).toEqual([]);
    expect(marked('Les putschistes ont averti que toute intervention serait assimilée à une déclaration de guerre.', 'unverified')).toEqual([]);
  });

  it('still marks the journalistic conditional, and "aurait" in a reported claim', () => {
    expect(marked("L'attaque aurait fait vingt morts, selon un bilan provisoire.", 'unverified')).toHaveLength(1);
    expect(marked('Le député affirme que le ministre l’aurait contacté pour lui remettre un cadeau.', 'unverified')).toHaveLength(1);
    expect(marked('Le ministre serait arrivé à Moscou dans la nuit.', 'unverified')).toHaveLength(1);
  });
});

describe('French "soupçonné de" beside the person it describes', () => {
  it('marks the participle phrase after "et" or a comma, not the sentence that names the person', () => {
    const text =
      'Demain, la journaliste comparaît sur plainte de monsieur Ntiwiragabo, un Rwandais présent en France depuis des années et soupçonné d’avoir participé au génocide des Tutsi en 1994.';
    expect(
      analyze(text, { language: 'fr' })
        .filter((f) => f.layer === 'unverified')
        .map((f) => f.text),
    ).toEqual(['soupçonné d’avoir participé au génocide des Tutsi en 1994']);
    // As the verb of its own sentence, the charge is the whole clause.
    const verb = 'Le Rwandais présent en France depuis des années est soupçonné d’avoir participé au génocide des Tutsi en 1994.';
    expect(
      analyze(verb, { language: 'fr' })
        .filter((f) => f.layer === 'unverified')
        .map((f) => f.text),
    ).toEqual(['Le Rwandais présent en France depuis des années est soupçonné d’avoir participé au génocide des Tutsi en 1994.']);
  });
});

describe('French claims, reproaches and rumoured posts', () => {
  const unverified = (text: string): string[] =>
    analyze(text, { language: 'fr' })
      .filter((f) => f.layer === 'unverified')
      .map((f) => f.text);

  it('marks "prétend que", and a gerund "alléguant que" as its own clause', () => {
    expect(unverified('L’opposition prétend que l’élection a été truquée.')).toHaveLength(1);
    expect(unverified('L’avocat a plaidé l’innocence de son client, alléguant que de fausses preuves avaient été présentées.')).toEqual([
      'alléguant que de fausses preuves avaient été présentées',
    ]);
    expect(unverified('L’opposition ne prétend pas que l’élection a été truquée.')).toEqual([]);
  });

  it('marks a reproach without its author, a missing confirmation and a name "pressenti" for a post', () => {
    expect(unverified('On lui reproche d’avoir détourné des fonds publics.')).toHaveLength(1);
    expect(unverified('Il est reproché au ministre d’avoir détourné des fonds.')).toHaveLength(1);
    expect(unverified('Aucune confirmation officielle n’a été donnée.')).toHaveLength(1);
    expect(unverified('Le joueur est pressenti pour succéder à l’entraîneur.')).toHaveLength(1);
    expect(unverified('Le joueur a succédé à l’entraîneur en juin.')).toEqual([]);
  });
});

describe('French state media in apposition and with a nationality first', () => {
  const stateMedia = (text: string): string[] =>
    analyze(text, { language: 'fr' })
      .filter((f) => f.layer === 'state-media')
      .map((f) => f.text);

  it('takes a name in commas after the outlet phrase that opens the sentence, with the verb after the closing comma', () => {
    expect(stateMedia('L’organe du parti, le Quotidien du peuple, a publié un éditorial.')).toEqual(['L’organe du parti, le Quotidien du peuple']);
    expect(stateMedia('Le journal, le Quotidien du peuple, a publié un éditorial.')).toEqual(['Quotidien du peuple']);
    // A name in commas after a person is no outlet's apposition.
    expect(stateMedia('Le ministre, le Quotidien du peuple à la main, a quitté la salle.')).toEqual([]);
  });

  it('reads "les médias russes d’État" and words spoken "à la télévision d’État"', () => {
    expect(stateMedia('Les médias russes d’État ont diffusé la vidéo.')).toEqual(['Les médias russes d’État']);
    expect(stateMedia('Le président s’est exprimé à la télévision d’État.')).toEqual(['la télévision d’État']);
  });
});
