import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// Spanish shapes met in news copy, in sentences of our own, one kind per test.

function speakers(text: string): (string | undefined)[] {
  return analyze(text, { language: 'es' }).flatMap((finding) => (finding.layer === 'quote' ? [finding.speaker] : []));
}

function marked(text: string, layer: 'unverified' | 'quote' | 'state-media'): string[] {
  return analyze(text, { language: 'es' }).flatMap((finding) => (finding.layer === layer ? [finding.text] : []));
}

describe('Spanish unverified claims', () => {
  it('reads a confirmation still to come ("habrá que confirmarla", "queda por confirmar", "pendiente de confirmación") as non-verification', () => {
    expect(
      marked('La entidad advierte de que de la segunda medición solo hay referencias por la prensa y habrá que confirmarla con otros datos.', 'unverified'),
    ).toEqual(['de la segunda medición solo hay referencias por la prensa y habrá que confirmarla con otros datos']);
    expect(marked('La cifra de muertos queda por confirmar, según la defensa civil.', 'unverified')).toHaveLength(1);
    expect(marked('El nombramiento del nuevo director está pendiente de confirmación por el consejo.', 'unverified')).toHaveLength(1);
    expect(marked('El récord deberá ser verificado por la organización meteorológica.', 'unverified')).toHaveLength(1);
    expect(marked('Falta confirmar si el presidente asistirá a la cumbre de Lima.', 'unverified')).toHaveLength(1);
    expect(marked('El hospital confirmó las tres muertes el lunes por la tarde.', 'unverified')).toEqual([]);
    expect(marked('El ministro confirmó que habrá que esperar a mayo para las obras.', 'unverified')).toEqual([]);
  });

  it('reads a name that "suena para" or "suena como posible …" a post as rumoured for it, but not a sound', () => {
    expect(marked('El religioso sonaba para ocupar un cargo de coordinador nacional de campamentos.', 'unverified')).toHaveLength(1);
    expect(marked('El exministro suena como posible sucesor del presidente del partido.', 'unverified')).toHaveLength(1);
    expect(marked('Su nombre suena con fuerza para la presidencia del Banco Central.', 'unverified')).toHaveLength(1);
    expect(marked('Gallardo sonó como candidato a dirigir la selección tras el Mundial.', 'unverified')).toHaveLength(1);
    expect(marked('Varios técnicos suenan para el banquillo del club madrileño.', 'unverified')).toHaveLength(1);
    expect(marked('La canción suena como un disco rayado después de tantas versiones.', 'unverified')).toEqual([]);
    expect(marked('La alarma sonó para avisar del incendio en la planta baja.', 'unverified')).toEqual([]);
  });

  it('reads agentless "es considerado" as distancing, and a fronted "Considerado como …," as the phrase up to its comma', () => {
    expect(marked('Considerado como el mejor pianista de su generación, el músico dará tres conciertos en Lima.', 'unverified')).toEqual([
      'Considerado como el mejor pianista de su generación',
    ]);
    expect(marked('Vista como una amenaza por los vecinos, la planta cerró en abril.', 'unverified')).toEqual(['Vista como una amenaza por los vecinos']);
    expect(marked('La atleta era considerada una de las favoritas para el oro olímpico.', 'unverified')).toHaveLength(1);
    expect(marked('Los manglares son considerados los ecosistemas más productivos del planeta.', 'unverified')).toHaveLength(1);
    expect(marked('El volcán está considerado uno de los más activos del continente.', 'unverified')).toHaveLength(1);
    expect(marked('Hoy el puerto es ampliamente considerado la puerta de entrada del comercio regional.', 'unverified')).toHaveLength(1);
    expect(marked('El acusado fue considerado culpable de todos los cargos por el jurado.', 'unverified')).toEqual([]);
    expect(marked('El proyecto fue considerado por el comité en su sesión del martes.', 'unverified')).toEqual([]);
  });

  it('reads an accusation whose accused is a pronoun ("le acusaba de", "acusándolo de") as the claim', () => {
    expect(marked('El opositor rechazó el informe que le acusaba del fraude electoral.', 'unverified')).toHaveLength(1);
    expect(marked('La fiscalía lo acusó de cohecho y lavado de dinero en 2019.', 'unverified')).toHaveLength(1);
    expect(marked('Los vecinos la acusan de haber vendido terrenos públicos.', 'unverified')).toHaveLength(1);
    expect(marked('El diario publicó una carta acusándolo de mentir al Congreso.', 'unverified')).toHaveLength(1);
    expect(marked('El sindicato les ha acusado de incumplir el convenio colectivo.', 'unverified')).toHaveLength(1);
    expect(marked('El juez no le acusó de ningún delito.', 'unverified')).toEqual([]);
    expect(marked('Le acusaron recibo del paquete ayer por la tarde.', 'unverified')).toEqual([]);
  });

  it('reads "lo que se entendió como" and other verbs of reading with "como" as a distancing frame', () => {
    expect(marked('El juez suspendió la ley, lo que se entendió como un desafío a los poderes políticos.', 'unverified')).toEqual([
      'lo que se entendió como un desafío a los poderes políticos',
    ]);
    expect(marked('El alcalde cerró el mercado, lo que muchos interpretaron como una amenaza.', 'unverified')).toHaveLength(1);
    expect(marked('El partido denunció lo que calificaron de fraude en las urnas.', 'unverified')).toHaveLength(1);
    expect(marked('El testigo contó a la policía lo que vio en la plaza aquella noche.', 'unverified')).toEqual([]);
  });

  it('reads "al parecer" as hearsay, but not "al parecer de" (in someone’s view)', () => {
    expect(marked('Al parecer, los atacantes huyeron en un coche robado tras el tiroteo en la plaza.', 'unverified')).toHaveLength(1);
    expect(marked('La sentencia, al parecer de los jueces del tribunal, fue demasiado severa con los acusados.', 'unverified')).toEqual([]);
  });

  it('reads a simple conditional as hearsay where the sentence names its source or the verb estimates', () => {
    expect(marked('Según la fiscalía, las grabaciones demostrarían que los acusados pactaron el pago.', 'unverified')).toHaveLength(1);
    expect(marked('El atacante sería un joven de diecinueve años vecino de la localidad.', 'unverified')).toHaveLength(1);
    expect(marked('La cifra de muertos ascendería a más de cien personas tras el terremoto del martes.', 'unverified')).toHaveLength(1);
  });

  it('leaves a future in the past, a modal, an evaluation and a noun in -ría unmarked', () => {
    expect(marked('El ministro anunció que el Gobierno aprobaría el plan en la próxima reunión del gabinete.', 'unverified')).toEqual([]);
    expect(marked('Según los analistas, el país podría entrar en recesión el próximo año.', 'unverified')).toEqual([]);
    expect(marked('Según el ministro, sería importante aprobar el plan antes del verano.', 'unverified')).toEqual([]);
    expect(marked('Según la encuesta, la mayoría de los votantes apoya al candidato del partido.', 'unverified')).toEqual([]);
  });
  it('reads a perfect conditional of consequence or thought as a hypothesis, not hearsay', () => {
    expect(marked('Un desfile de ese tamaño habría implicado un gasto enorme para el ayuntamiento.', 'unverified')).toEqual([]);
    expect(marked('La ley, al revés de lo que habrían pensado sus autores, encareció los alquileres.', 'unverified')).toEqual([]);
    expect(marked('El preso habría escapado por una ventana del pabellón norte.', 'unverified')).toHaveLength(1);
  });

  it('reads "lo que sería" before what a reported fact would amount to as hearsay, but not before a judgement', () => {
    expect(marked('El sensor marcó 20 grados, lo que sería la cifra más alta jamás medida en la isla.', 'unverified')).toEqual([
      'lo que sería la cifra más alta jamás medida en la isla',
    ]);
    expect(marked('El Gobierno quiere subir los impuestos, lo que sería un error para la economía del país.', 'unverified')).toEqual([]);
  });

  it('reads "has not been confirmed" in its other tenses and with "ni siquiera"', () => {
    expect(marked('Los dos datos ni siquiera han sido confirmados por el organismo.', 'unverified')).toHaveLength(1);
    expect(marked('La cifra de heridos no fue confirmada por las autoridades.', 'unverified')).toHaveLength(1);
    expect(marked('No se ha confirmado la muerte del líder rebelde.', 'unverified')).toHaveLength(1);
    expect(marked('El ministro confirmó el acuerdo con los sindicatos.', 'unverified')).toEqual([]);
  });

  it('reads a withheld name in other words and sources named only by their side or institution', () => {
    expect(marked('Un diplomático, que habló bajo anonimato, explicó que el acuerdo está cerca del cierre.', 'unverified')).toHaveLength(1);
    expect(marked('Un diplomático, que no quiso ser identificado, explicó que el acuerdo está cerca del cierre.', 'unverified')).toHaveLength(1);
    expect(marked('Fuentes palestinas indicaron que al menos diez personas murieron en el bombardeo.', 'unverified')).toHaveLength(1);
    expect(marked('Personas conocedoras de las negociaciones aseguraron que el pacto se firmará el lunes.', 'unverified')).toHaveLength(1);
    expect(marked('La empresa busca nuevas fuentes de financiación para el proyecto minero.', 'unverified')).toEqual([]);
    expect(marked('El país apuesta por las fuentes renovables para producir electricidad.', 'unverified')).toEqual([]);
  });

  it('reads a reflexive "no se ha podido" and the verbs "contrastar" and "corroborar" as non-verification', () => {
    expect(marked('Esta información no ha podido ser contrastada por este periódico con el ministerio.', 'unverified')).toHaveLength(1);
    expect(marked('La agencia no ha podido corroborar de inmediato las cifras ofrecidas por el ejército.', 'unverified')).toHaveLength(1);
    expect(marked('Esa cifra no se ha podido confirmar todavía con los hospitales de la zona.', 'unverified')).toHaveLength(1);
  });
});

describe('Spanish claim edges', () => {
  it('marks the clause after a relative pronoun and a reporting verb’s "que", not the whole sentence', () => {
    const text =
      'El presidente fue reelegido con el ochenta por ciento de los votos, según la comisión electoral, que indica que la candidata opositora se habría quedado con el diez por ciento.';
    expect(marked(text, 'unverified')).toEqual(['la candidata opositora se habría quedado con el diez por ciento']);
  });

  it('ends the claim at a clause break after the cue', () => {
    expect(marked('La oposición denunció que el gobierno habría manipulado las cifras, aunque no presentó ningún documento.', 'unverified')).toEqual([
      'el gobierno habría manipulado las cifras',
    ]);
  });

  it('marks a hedged noun phrase after the verb as the claim, and a hedged subject with its clause', () => {
    expect(
      marked('El ministro prometió que la violencia será investigada, así como los presuntos abusos policiales durante las protestas.', 'unverified'),
    ).toEqual(['los presuntos abusos policiales durante las protestas']);
    expect(marked('El presunto autor del crimen fue detenido ayer en su domicilio de la capital.', 'unverified')).toEqual([
      'El presunto autor del crimen fue detenido ayer en su domicilio de la capital.',
    ]);
  });

  it('reads "por supuesto" and "en el supuesto de que" as no hedge', () => {
    expect(marked('Por supuesto, el Gobierno no aceptará ninguna de esas condiciones impuestas por la oposición.', 'unverified')).toEqual([]);
    expect(marked('En el supuesto de que no haya acuerdo, las elecciones se repetirán en junio.', 'unverified')).toEqual([]);
  });
});

describe('Spanish speakers', () => {
  it('gives the quote to a name opening the sentence before an apposition whose closing comma is missing', () => {
    expect(speakers('Por su parte Gazprom, la proveedora rusa del gas destacó en un comunicado cómo "todo sigue igual".')).toEqual(['Gazprom']);
    const text =
      'Carlos Pérez, el investigador de la Universidad de Lima, en Perú, que midió el récord explica en un correo que la cifra "es un pico aislado".';
    expect(speakers(text)).toEqual(['Carlos Pérez']);
  });

  it('carries a chain of dropped subjects back to a person named in apposition to a long role', () => {
    const text =
      'La Comisión Vecinal de Obras (CVO) es la encargada de esa tarea. El presidente de la CVO del barrio norte de Villa Alta, Juan Pérez Gil, comentó a la prensa que habrá cambios. Admitió que el plan va "lento". Al respecto, señaló: "Necesitamos más dinero para terminar".';
    expect(speakers(text)).toEqual(['Juan Pérez Gil', 'Juan Pérez Gil']);
  });

  it('does not take an opening adverbial phrase for the subject of a dropped-subject verb', () => {
    const text =
      'La maestra Ana Ruiz dijo que "la escuela necesita ayuda". A propósito, señaló que "faltan libros". Por otra parte, comentó que "el techo gotea".';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
  });

  it('reads the whole class of speech verbs, in every tense, as attribution', () => {
    expect(speakers('"Beban mucha agua", recomendó el médico Pablo Ortiz.')).toEqual(['Pablo Ortiz']);
    expect(speakers('"Faltan luces y aceras", enumeró la vecina Ana Gil.')).toEqual(['Ana Gil']);
    expect(speakers('"Solo en días laborables", especificaba el concejal Luis Mora.')).toEqual(['Luis Mora']);
    expect(speakers('"Todo irá bien", sugirieron los técnicos Luis Mora y Ana Gil.')[0]).toBeDefined();
    expect(speakers('"No habrá recortes", recordaron los sindicatos.')).toEqual(['los sindicatos']);
  });

  it('reads an inverted verb, its subject and a colon inside a sentence as the quote’s cue', () => {
    expect(speakers('La asociación presentó sus reclamos, que enumeró la portavoz Ana Gil: “Faltan luces y aceras en todo el barrio”.')).toEqual(['Ana Gil']);
    expect(speakers('El barrio tiene problemas, explicó la portavoz de la asociación: “Faltan luces y aceras en todo el barrio”.')[0]).toContain('portavoz');
  });

  it('reads "la portavoz de X" as the person the article introduced with the body X, and a dropped subject after it as hers', () => {
    const text =
      'Ana Gil, vecina del barrio e integrante de la Asociación Vecinal (AVE), pidió más luces. El alcalde Pedro Ruiz habló antes. ' +
      'Ana Gil insiste. ' +
      'La calle sigue a oscuras, “como siempre”, según contó la integrante de AVE. “Estamos esperando una respuesta”, sumó.';
    expect(speakers(text)).toEqual(['Ana Gil (la integrante de AVE)', 'Ana Gil']);
  });

  it('gives the words after an opinion opener ("A su juicio,", "Según entiende,") to the person last spoken of', () => {
    const opener = 'Marta Gil, vecina del barrio, habló con la prensa el lunes. ';
    expect(speakers(`${opener}A su juicio, la obra es “un despilfarro sin ningún sentido para el barrio”.`)).toEqual(['Marta Gil']);
    expect(speakers(`${opener}Según entiende, “nadie va a pagar por los daños en el corto plazo”.`)).toEqual(['Marta Gil']);
    expect(speakers(`${opener}Desde su visión, las obras son “una molestia enorme para todos los vecinos”.`)).toEqual(['Marta Gil']);
  });

  it('passes over an opening phrase between commas after an inverted verb ("lamenta, por su parte, X")', () => {
    expect(speakers('La ministra Ana Ruiz habló primero. “El plan es malo”, lamenta, por su parte, Pablo Gil, presidente de la liga.')).toEqual(['Pablo Gil']);
    expect(speakers('La ministra Ana Ruiz habló primero. “El plan es malo”, dijo, sin embargo, el concejal Pablo Gil.')).toEqual(['Pablo Gil']);
  });

  it('passes over "en un comunicado" before the subject of an inverted verb', () => {
    expect(speakers('"Es una vergüenza", lamentó en un comunicado la organización Amnistía Internacional.')).toEqual(['Amnistía Internacional']);
  });

  it('ends the subject of an inverted verb before the person spoken to', () => {
    const text = 'La ministra de Sanidad, Carolina Darias, visitó el hospital. "Los datos son buenos", afirmó la ministra a los periodistas.';
    expect(speakers(text)[0]).toContain('Carolina Darias');
  });

  it('resolves a former holder’s role ("el exmandatario") to the person named before', () => {
    const text = 'Pedro Castillo negó las acusaciones. "Soy inocente y lo voy a demostrar", insistió el exmandatario, quien permanece en prisión.';
    expect(speakers(text)[0]).toContain('Pedro Castillo');
  });

  it('ends a named subject before "a" and the medium or place it was said to', () => {
    expect(speakers('"Hemos cumplido lo prometido", ha asegurado Ruiz a Radio Norte.')).toEqual(['Ruiz']);
    expect(speakers('"Hemos cumplido lo prometido", dijo Ruiz a la cadena local.')).toEqual(['Ruiz']);
    expect(speakers('"Hemos cumplido lo prometido", ha señalado Ruiz a su llegada al puerto.')).toEqual(['Ruiz']);
  });

  it('passes over the person spoken to and a medium’s name before the subject', () => {
    expect(speakers('"Hemos cumplido lo prometido", dijo a la agencia Norte el ministro de Obras, Pablo Ruiz.')).toEqual(['Pablo Ruiz']);
  });

  it('reads "desde un …" as where the words were said from, so the verb keeps its dropped subject', () => {
    const text = 'La dirigente Ana Gómez encabezó la marcha. "Nadie nos va a callar", proclamó desde un balcón a sus seguidores.';
    expect(speakers(text)).toEqual(['Ana Gómez']);
  });

  it('reads "cuenta" after a quote’s comma as a speech verb whose subject is dropped, and keeps the noun "la cuenta" silent', () => {
    const text = 'Marta Gil, de la asociación, se alegra de los apoyos. La marcha suma sindicatos. "Estamos unidos", cuenta. "Queremos una reforma".';
    expect(speakers(text)).toEqual(['Marta Gil', 'Marta Gil']);
    expect(speakers('La cuenta de la empresa publicó un mensaje. "Todo está en orden", dijo Pedro Ruiz.')).toEqual(['Pedro Ruiz']);
  });

  it('reads verbs of voice and manner as speech verbs', () => {
    const text = 'La dirigente Ana Gómez encabezó la marcha. "Nadie nos va a callar", gritó ante la multitud.';
    expect(speakers(text)).toEqual(['Ana Gómez']);
  });

  it('resolves a role of the same family to the person named with another ("el presidente" … "el mandatario")', () => {
    const text = 'El presidente Luis Ruiz recibió al ministro Juan Gil. "Es un socio leal", afirmó el mandatario tras la reunión.';
    expect(speakers(text)[0]).toContain('Luis Ruiz');
    const court = 'La abogada Marta Vidal habló con el juez Pedro Gil. "Hay pruebas de sobra", aseguró la letrada.';
    expect(speakers(court)[0]).toContain('Marta Vidal');
  });

  it('reads the institution a role serves ("el jefe de Estado") as part of the role, never as a person', () => {
    const text = 'El presidente Juan Pérez viajó a la capital. "El país seguirá creciendo", afirmó el jefe de Estado, recordando que "la deuda ya bajó".';
    expect(speakers(text)).toEqual(['Juan Pérez (el jefe de Estado)', 'Juan Pérez']);
    const alone = '"Las obras terminarán pronto", dijo el jefe de Gobierno, y añadió que "no habrá más retrasos".';
    expect(speakers(alone)).toEqual(['el jefe de Gobierno', 'el jefe de Gobierno']);
  });

  it('resolves a member of a group ("la integrante de …") to the person named as its representative', () => {
    const text =
      '"Vamos a pedir la reforma", dice Ana Paz, referente de Vecinos Unidos. "No vamos a tolerar más demoras", recalca la integrante de Vecinos Unidos.';
    expect(speakers(text)[1]).toContain('Ana Paz');
  });

  it('looks past a sentence with a dropped subject and past quoted sentences for whom a dropped subject stands', () => {
    const opening = 'Ana Paz, vecina del barrio, habló con este diario. El alcalde, Luis Ruiz, comentó que habrá una reunión. "Tenemos apoyo", señaló.\n\n';
    const chain =
      'Paz también integra la comisión vecinal. Según entiende, la obra sigue parada.\n\nRelató que en las reuniones hubo quejas. Añadió que nadie respondió. "Los vecinos están cansados", citó como ejemplo.';
    expect(speakers(opening + chain)[1]).toContain('Ana Paz');
    const quoted =
      'Paz también integra la comisión vecinal. Según entiende, "no hay un plan", y remarcó: "Falta control. Todo está parado. Nadie decide".\n\nRelató que hubo quejas. "Los vecinos están cansados", citó como ejemplo.';
    expect(speakers(opening + quoted)[3]).toContain('Ana Paz');
  });

  it('gives a dropped subject to the person a sentence brought in with "quien" and a speech verb', () => {
    const text =
      'Ana Paz, ministra de Obras, dijo el lunes que "el plan sigue en marcha".\n\nTambién se le preguntó por las obras a Luis Ruiz, quien señaló que "la negociación sigue abierta". Indicó que "hay problemas, pero se resuelven".';
    expect(speakers(text)[2]).toContain('Luis Ruiz');
  });

  it('reads the source after "según" and a reporting verb, before or after the quote', () => {
    expect(speakers('"Todo está bajo control en la zona", según explicó Luis Ruiz.')).toEqual(['Luis Ruiz']);
    expect(speakers('Según explicó Luis Ruiz, "todo está bajo control en la zona".')).toEqual(['Luis Ruiz']);
    expect(speakers('El alcalde Luis Ruiz visitó el barrio. "Todo está bajo control en la zona", según dijo.')[0]).toContain('Luis Ruiz');
  });

  it('gives a quote to the subject of the next sentence when it opens by pointing back ("Con esas palabras,")', () => {
    expect(speakers('"Nadie es dueño de este partido". Con esas palabras, Luis Ruiz respondió a sus críticos.')).toEqual(['Luis Ruiz']);
  });

  it('gives unattributed words to the body named after "desde"', () => {
    expect(speakers('"Estamos preocupados por la situación", explicaron a este diario desde el entorno del ministro.')).toEqual(['el entorno del ministro']);
  });
});

describe('Spanish speakers and gender (round 16)', () => {
  it('resolves "ella" to the woman the article named with "la ministra", not to a man named since', () => {
    const text =
      'La ministra Ana Gil visitó el hospital el lunes por la mañana. El alcalde Luis Ruiz habló después con los vecinos del barrio. Más tarde, ella aseguró que “el hospital tendrá más médicos antes del verano que viene”.';
    expect(speakers(text)).toEqual(['Ana Gil']);
  });

  it('keeps a verb that shows no gender ("agrega") with the last speaker, not a bare name given since', () => {
    const text =
      '“Esto ya no es justicia”, lamenta la presidenta de la asociación, Marta Ruiz. El caso llegó a juicio en 2009 contra dos agentes –Pedro Gómez y Julio Díaz–. “No tenemos respuestas de nadie en los tribunales”, agrega.';
    expect(speakers(text)).toEqual(['Marta Ruiz', 'Marta Ruiz']);
  });

  it("gives words quoted in narration that names no one since the last quote to that quote's speaker", () => {
    const text =
      '“Los vecinos están preocupados por los residuos del ganado”, explicó la vecina Laura Gómez.\n\nA su vez, también esperan una resolución “porque hay partes del bosque que fueron taladas de forma ilegal hace años”.';
    expect(speakers(text)).toEqual(['Laura Gómez', 'Laura Gómez']);
  });
});

describe('Spanish state media', () => {
  it('joins the noun before an outlet name in single quotes, straight or curly', () => {
    expect(marked("Así lo informó la agencia 'Sputnik' este lunes por la tarde.", 'state-media')).toEqual(["la agencia 'Sputnik'"]);
    expect(marked('Así lo informó la agencia ‘Sputnik’ este lunes por la tarde.', 'state-media')).toEqual(['la agencia ‘Sputnik’']);
  });

  it('ties an agency that shares its name with a word to the country the article names in Spanish', () => {
    expect(marked('Las clases vuelven en marzo en todo el Perú, informó la agencia Andina.', 'state-media')).toEqual(['la agencia Andina']);
    expect(marked('La Comunidad Andina se reunió el lunes en Lima, Perú.', 'state-media')).toEqual([]);
  });

  it('reads an outlet named in quotation marks after a source frame ("citado por \'TASS\'")', () => {
    expect(marked("El cambio llegará pronto, auguró el líder ruso, citado por 'TASS'.", 'state-media')).toEqual(['TASS']);
    expect(marked('Las tropas se retiran, según “Xinhua”, tras el acuerdo.', 'state-media')).toHaveLength(1);
  });

  it('reads an outlet that words were said to ("dijo a X") as the source, but not one a "que" clause is about', () => {
    expect(marked('“No habrá más cortes”, dijo a Sputnik el portavoz de la empresa.', 'state-media')).toEqual(['Sputnik']);
    expect(marked('“No habrá más cortes”, ha declarado este lunes a la agencia TASS el portavoz.', 'state-media')).toEqual(['la agencia TASS']);
    expect(marked('El periodista dijo que se unirá a RT el mes próximo.', 'state-media')).toEqual([]);
  });

  it('reads an outlet that interviews someone as the source: "en diálogo con X", "X conversó con"', () => {
    expect(marked('En un aparte con la agencia Prensa Latina, el viceministro precisó que habrá cortes.', 'state-media')).toEqual(['la agencia Prensa Latina']);
    expect(marked('En diálogo con Sputnik, la dirigente sindical dijo que la huelga seguirá.', 'state-media')).toEqual(['Sputnik']);
    expect(marked('En declaraciones exclusivas a TASS, el general negó la retirada de las tropas.', 'state-media')).toEqual(['TASS']);
    expect(marked('La agencia Xinhua conversó con varios campesinos de la provincia.', 'state-media')).toEqual(['La agencia Xinhua']);
    expect(marked('RT entrevistó al canciller venezolano en Caracas.', 'state-media')).toEqual(['RT']);
    expect(marked('Sputnik habló con dos vecinos del barrio afectado por la explosión.', 'state-media')).toEqual(['Sputnik']);
    expect(marked('El ministro se reunió con directivos de la agencia TASS en Moscú.', 'state-media')).toEqual([]);
    expect(marked('TASS no dialogó con los manifestantes.', 'state-media')).toEqual([]);
  });

  it('reads "Foto: X" as a picture credit, also inside a longer paragraph', () => {
    const text =
      'Los alumnos de todo el Perú vuelven a las aulas en marzo, tras dos años de clases a distancia por la pandemia y un largo debate sobre la seguridad de los colegios públicos del país. Foto: Andina';
    expect(marked(text, 'state-media')).toEqual(['Andina']);
  });
});

describe('Spanish quotes', () => {
  it('reads a topic that opens the sentence ("Sobre …", "En cuanto a …") as no subject: the dropped subject speaks', () => {
    const lead = 'El ministro de Salud, Pedro Gómez, visitó el hospital. ';
    expect(speakers(`${lead}Sobre la situación de Luis Vera dijo que “no hay novedades en el caso”.`)).toEqual(['Pedro Gómez']);
    expect(speakers(`${lead}En cuanto a Luis Vera, explicó que “no hay novedades en el caso”.`)).toEqual(['Pedro Gómez']);
    expect(speakers(`${lead}Acerca de la salud de Ana Gil, aseguró que “está estable y consciente”.`)).toEqual(['Pedro Gómez']);
    expect(speakers(`${lead}Respecto de la denuncia sostuvo que “todo se investigará a fondo”.`)).toEqual(['Pedro Gómez']);
    expect(speakers(`${lead}Con respecto a los reclamos de Carlos Ruiz, afirmó que “las obras terminan en mayo”.`)).toEqual(['Pedro Gómez']);
    expect(speakers(`${lead}Sobre el caso, la fiscal Ana Gil dijo que “no hay novedades en el caso”.`)).toEqual(['Ana Gil']);
    expect(speakers(`${lead}Con respecto a la huelga, el dirigente Luis Mora afirmó que “seguirá hasta el viernes”.`)).toEqual(['Luis Mora']);
  });

  it('lets the article of a role that men and women share ("el fiscal", "la portavoz") pick its holder', () => {
    const fiscals = 'El fiscal general colombiano Mario Pérez visitó Asunción. Se reunió con la fiscal general del Paraguay, Sandra López. ';
    expect(speakers(`${fiscals}“Me duele por esa familia”, indicó el fiscal general.`)).toEqual(['Mario Pérez (el fiscal general)']);
    const spokespeople = 'Hablaron la portavoz Ana Gil y el portavoz Luis Mora. ';
    expect(speakers(`${spokespeople}“No habrá huelga”, dijo la portavoz.`)).toEqual(['Ana Gil (la portavoz)']);
    expect(speakers(`${spokespeople}“Habrá huelga”, replicó el portavoz.`)).toEqual(['Luis Mora (el portavoz)']);
    const leaders = 'La líder opositora Marta Díaz y el líder sindical Pablo Ruiz marcharon juntos. ';
    expect(speakers(`${leaders}“Seguiremos en la calle”, prometió el líder.`)).toEqual(['Pablo Ruiz (el líder)']);
    // One holder only: the article does not stop the role from pointing back to them.
    expect(speakers('La periodista Ana Gil cubrió la cumbre. “Fue un día largo”, contó la periodista.')).toEqual(['Ana Gil (la periodista)']);
    expect(speakers('El portavoz Luis Mora habló tarde. “No hay acuerdo”, dijo el portavoz.')).toEqual(['Luis Mora (el portavoz)']);
  });

  it('reads "él mismo", "ella misma" before a speech verb as the pronoun, which looks back to the person named', () => {
    const boric = 'El presidente Gabriel Boric viajó al sur. ';
    expect(speakers(`${boric}Como él mismo dijo, "fue un despegue muy turbulento en las primeras semanas".`)).toEqual(['Gabriel Boric']);
    expect(speakers(`${boric}El mandatario ha tenido, como él mismo dijo, un despegue "turbulento" en las primeras semanas.`)).toEqual(['Gabriel Boric']);
    expect(speakers(`${boric}Ha tenido, como él mismo reconoció, un inicio "muy difícil".`)).toEqual(['Gabriel Boric']);
    expect(speakers('La alcaldesa Ana Gil cerró el año con una gestión, como ella misma admitió, "muy dura".')).toEqual(['Ana Gil']);
    expect(speakers('La alcaldesa Ana Gil habló. Como ella misma explicó, "la ciudad necesita más autobuses y menos coches".')).toEqual(['Ana Gil']);
    expect(speakers('El mismo día, el ministro Luis Mora dijo: "Vamos a ganar las elecciones".')).toEqual(['Luis Mora']);
    expect(speakers('La jueza Ana Gil cerró el caso. "No hubo delito alguno", sentenció ella misma.')).toEqual(['Ana Gil']);
  });

  it('reads "a"/"al" after an inverted verb as whom the words were said to or of, so the dropped subject speaks', () => {
    const lead = 'La directora de la feria, Ana Gil, recorrió los pabellones. ';
    expect(speakers(`${lead}“Los espacios cambian cada año”, explicó a La Estrella de Panamá.`)).toEqual(['Ana Gil']);
    expect(speakers(`${lead}“Nadie quiere volver a la oficina de antes”, dijo a El Comercio.`)).toEqual(['Ana Gil']);
    expect(speakers(`${lead}“Hay que cuidar a la gente”, recomendó a Radio Nacional.`)).toEqual(['Ana Gil']);
    expect(speakers(`${lead}“De rigor” calificó a la Reforma Laboral aprobada en marzo.`)).toEqual(['Ana Gil']);
    expect(speakers(`${lead}“Un paso histórico” tildó al Acuerdo de Lima.`)).toEqual(['Ana Gil']);
    expect(speakers(`${lead}“Todo cambió”, contó a La Nación el arquitecto Luis Mora.`)).toEqual(['Luis Mora']);
    expect(speakers('“No habrá más cortes”, dijo a Sputnik el portavoz de la empresa, Pablo Ruiz.')).toEqual(['Pablo Ruiz']);
  });

  it('reads a short quote right after a naming noun as the name of a plan, even in a sentence with a speaker', () => {
    const text = '"Estamos unidos", afirmó el alcalde en la plaza, donde presentó el plan "barrios verdes".';
    expect(marked(text, 'quote')).toEqual(['"Estamos unidos"']);
  });
});

describe('Spanish headline quotes', () => {
  it('take the speaker that the line under the headline names', () => {
    const text =
      '"Nadie podrá cerrar nuestras escuelas rurales"\n\nAfirma Lucía Méndez\n\nLa ministra habló el lunes ante los maestros de la provincia sobre el presupuesto del año próximo.';
    expect(speakers(text)[0]).toContain('Méndez');
  });
});

describe('Spanish speakers (round 20)', () => {
  it('passes over "al"/"del" + a medium’s noun and name, or a "hacia …" phrase, between an inverted verb and its subject', () => {
    const lead = 'La concejala Marta Ibáñez abrió la sesión. ';
    expect(speakers(`${lead}“El agua del río no se puede beber”, dijo al portal Infomar el biólogo Tomás Rivas.`)).toEqual(['Tomás Rivas']);
    expect(speakers(`${lead}“Faltan camas en el hospital”, contó al diario La Voz la enfermera Rosa Prieto.`)).toEqual(['Rosa Prieto']);
    expect(speakers(`${lead}“La obra se termina en junio”, aseguró al canal Telenorte el ingeniero Raúl Soto.`)).toEqual(['Raúl Soto']);
    expect(speakers(`${lead}“Vamos a pedir una auditoría”, anunció hacia el final de la reunión el tesorero, Julio Peña.`)).toEqual(['Julio Peña']);
    expect(speakers(`${lead}“Nadie nos avisó del corte”, relató hacia la medianoche el vecino Óscar Lara.`)).toEqual(['Óscar Lara']);
    // No subject after the phrase: the dropped subject still speaks.
    expect(speakers(`${lead}“Seguiremos vigilando las cuentas”, dijo al diario regional.`)).toEqual(['Marta Ibáñez']);
    expect(speakers(`${lead}“No pienso dimitir”, repitió hacia el final.`)).toEqual(['Marta Ibáñez']);
  });

  it('passes over an adverbial phrase without commas ("de entrada", "de nuevo") before an inverted verb’s subject, and reads "analizó", "complementó" as speech', () => {
    const lead = 'La diputada Carla Ruiz llegó tarde al estudio. ';
    expect(speakers(`${lead}“Nadie me avisó del cambio de horario”, afirmó de entrada el productor Mario Vidal.`)).toEqual(['Mario Vidal']);
    expect(speakers(`${lead}“El guion estaba listo el lunes”, insistió de nuevo la directora Eva Sanz.`)).toEqual(['Eva Sanz']);
    expect(speakers(`${lead}“Pido disculpas al equipo”, respondió sin rodeos el actor Iván Gómez.`)).toEqual(['Iván Gómez']);
    expect(speakers(`${lead}“Así no se puede trabajar”, analizó el crítico Luis Bravo.`)).toEqual(['Luis Bravo']);
    expect(speakers(`${lead}“Y además el sonido falló dos veces”, complementó.`)).toEqual(['Carla Ruiz']);
    // No article after the phrase: the dropped subject keeps the words.
    expect(speakers(`${lead}“Volveré el año que viene”, dijo de nuevo.`)).toEqual(['Carla Ruiz']);
    expect(speakers(`${lead}“Fue una noche larga”, contó de entrada a los periodistas.`)).toEqual(['Carla Ruiz']);
  });

  it('never resolves a role whose article or noun shows one gender to the last person named, when the given name shows the other', () => {
    expect(speakers('Josefina Montané salió del canal a mediodía. “No vi nada raro esa noche”, afirmó el periodista.')).toEqual(['el periodista']);
    expect(speakers('Lucía Ferrer Soto llegó a la capital. “Las pruebas no alcanzan”, sostuvo el analista.')).toEqual(['el analista']);
    expect(speakers('Marcela Ortiz subió al escenario. “El público nos salvó”, comentó el guitarrista.')).toEqual(['el guitarrista']);
    expect(speakers('Roberto Salas convocó la reunión. “Nadie ha renunciado”, aclaró la portavoz.')).toEqual(['la portavoz']);
    expect(speakers('Gonzalo Ibarra llegó temprano. “Firmaremos mañana”, anunció la dirigente.')).toEqual(['la dirigente']);
    // The genders agree, or the noun's article is its own and not its holder's ("la autoridad"): the role points back.
    expect(speakers('Gonzalo Ibarra llegó temprano. “Firmaremos mañana”, anunció el dirigente.')).toEqual(['Gonzalo Ibarra (el dirigente)']);
    expect(speakers('Francisco Barbosa Delgado llegó a la capital. “Las pruebas no alcanzan”, sostuvo la autoridad.')).toEqual([
      'Francisco Barbosa Delgado (la autoridad)',
    ]);
  });

  it('reads two roles joined by "y" before a name in apposition as one phrase, however long, and gives the words to the name', () => {
    const lead = 'La sesión la abrió Ana Gil. ';
    expect(speakers(`${lead}«Es decisivo», dijo el ministro de Economía y portavoz del Gobierno, Julián Prieto.`)).toEqual(['Julián Prieto']);
    expect(speakers(`${lead}«Hay que cambiar», afirmó el miembro del Consejo de Estado y secretario de Organización del Partido, Raúl Cid.`)).toEqual([
      'Raúl Cid',
    ]);
    expect(speakers(`${lead}«No habrá recortes», aseguró la vicepresidenta y ministra de Hacienda de la provincia, Nuria Vela.`)).toEqual(['Nuria Vela']);
    expect(speakers(`${lead}«Seguimos», señaló el director e investigador principal del proyecto, Tomás Ruiz.`)).toEqual(['Tomás Ruiz']);
    expect(speakers(`${lead}«Ganaremos», dijo el senador y candidato del partido liberal, Mario Lens.`)).toEqual(['Mario Lens']);
    // "y" before no role, or no name after the roles: the phrase stays the role.
    expect(speakers(`${lead}«Es decisivo», dijo el ministro y su asesor.`)).toEqual(['el ministro']);
    expect(speakers(`${lead}«Es decisivo», dijo el alcalde de la ciudad y de su área metropolitana.`)[0]).not.toContain('Ana Gil');
  });

  it('knows the trades of culture, sport and feature pages as roles, so "la actriz X" is a person a dropped subject looks back to', () => {
    expect(speakers('La actriz Carla Ruiz llegó tarde al rodaje. “El guion cambió anoche”, agregó.')).toEqual(['Carla Ruiz']);
    expect(speakers('La cantante Rosa Llul cerró la gira en Quito. “Fue la noche más larga”, contó.')).toEqual(['Rosa Llul']);
    expect(speakers('El futbolista Iker Sanz dejó el club en enero. “Me voy tranquilo”, aseguró.')).toEqual(['Iker Sanz']);
    expect(speakers('La ingeniera Laura Pinto revisó el puente. “La estructura aguanta”, explicó.')).toEqual(['Laura Pinto']);
    expect(speakers('El presentador Tomás Vera dejó el canal. “No hubo pelea”, comentó.')).toEqual(['Tomás Vera']);
    // The same words as common nouns name no one.
    expect(speakers('La música sonó toda la noche en la plaza. “Fue la mejor fiesta del año”, dijo el alcalde Luis Mena.')).toEqual(['Luis Mena']);
    expect(speakers('El estudiante medio lee poco, según el informe. “Hay que leer más”, dijo la ministra Ana Gil.')).toEqual(['Ana Gil']);
  });
});

describe('Spanish state media (round 20)', () => {
  it('reads the credits of republished copy ("Tomado de X", "Con información de X", "vía X", a dated "del sitio web X") as the outlet used as a source', () => {
    expect(marked('Tomado de Cubadebate. El ministro cubano inauguró la zafra en Camagüey.', 'state-media')).toHaveLength(1);
    expect(marked('El gobierno cubano anunció nuevas tarifas. Con información de Prensa Latina.', 'state-media')).toHaveLength(1);
    expect(marked('El canciller ruso llegará a Caracas el martes, vía Sputnik.', 'state-media')).toEqual(['Sputnik']);
    expect(marked('3 Marzo 2019 del Sitio Web RT El parlamento ruso aprobó la ley en primera lectura.', 'state-media')).toEqual(['RT']);
    expect(marked('9 Abril 2018 del sitio web Mundo.SputnikNews Moscú y La Paz firmaron el acuerdo.', 'state-media')).toEqual(['SputnikNews']);
    // The outlet only mentioned: a workplace, a site someone runs.
    expect(marked('La directora del sitio web RT renunció en marzo por motivos personales.', 'state-media')).toEqual([]);
    expect(marked('La periodista trabajó diez años en Prensa Latina antes de mudarse a Quito.', 'state-media')).toEqual([]);
  });
});

describe('Spanish quotes (round 20)', () => {
  it('reads the words a motto or a placard carries ("bajo el concepto “…”", "una pancarta con la leyenda “…”") as a label at any length', () => {
    expect(marked('La cámara celebró su aniversario bajo el concepto “hecho en nuestra tierra”, con el gobernador.', 'quote')).toEqual([]);
    expect(marked('Los vecinos colgaron una pancarta con la leyenda “no queremos más basura aquí”, informó la alcaldía.', 'quote')).toEqual([]);
    expect(marked('La feria se inauguró con el lema “la ciudad que lee es una ciudad libre”, dijo la alcaldesa.', 'quote')).toEqual([]);
    expect(marked('En la fachada apareció un grafiti “ni olvido ni perdón para nadie” la mañana del lunes.', 'quote')).toEqual([]);
    expect(marked('Los estudiantes marcharon detrás de un cartel “la educación no se vende en ninguna parte”.', 'quote')).toEqual([]);
    // The noun inside the quote, or naming what the speaker then says: the words are still spoken.
    expect(marked('“El concepto es claro y no vamos a cambiarlo”, dijo el presidente de la cámara.', 'quote')).toHaveLength(1);
    expect(marked('El ministro explicó el concepto: “Vamos a bajar los impuestos a todas las pymes”.', 'quote')).toHaveLength(1);
  });

  it('gives a quote after "tildado por X de", "definida por X como" to the agent X, short quotes too', () => {
    expect(speakers('La ministra Eva Soler dejó el cargo tras una moción tildada por ella de "caza de brujas".')).toEqual(['Eva Soler']);
    expect(speakers('El alcalde presentó el presupuesto, calificado por la oposición de "un fraude a los vecinos".')).toEqual(['la oposición']);
    expect(speakers('La reforma, definida por el ministro Julio Pardo como "histórica", entra en vigor hoy.')).toEqual(['Julio Pardo']);
    expect(speakers('La ley, tachada por los sindicatos de "regresiva", fue aprobada el jueves.')).toEqual(['los sindicatos']);
    expect(speakers('La cumbre, descrita por la canciller Rosa Prado como "un éxito rotundo", terminó el martes.')).toEqual(['Rosa Prado']);
    // A name given to a thing, or a label with no agent: no speaker's words.
    expect(marked('El gobierno lanzó un plan denominado por sus autores como "Renacer", con fondos europeos.', 'quote')).toEqual([]);
    expect(marked('El acuerdo, firmado por el ministro Julio Pardo como "testigo de honor", entra en vigor hoy.', 'quote')).toEqual([]);
  });
});

describe('Spanish unverified claims (round 20)', () => {
  it('reads news told off the record ("extraoficialmente", "de manera extraoficial", "oficiosamente") as not vouched for', () => {
    expect(marked('Extraoficialmente, el gobierno ya eligió al nuevo presidente del banco central.', 'unverified')).toHaveLength(1);
    expect(marked('El club confirmó de manera extraoficial la llegada del delantero uruguayo.', 'unverified')).toHaveLength(1);
    expect(marked('Se supo de forma extraoficial que la fiscal pedirá veinte años de prisión.', 'unverified')).toHaveLength(1);
    expect(marked('La embajada informó oficiosamente que el cónsul será trasladado a Lima.', 'unverified')).toHaveLength(1);
    expect(marked('El ministro dejaría el cargo en junio, según dijo a nivel extraoficial un asesor del partido.', 'unverified')).toHaveLength(1);
    // The adjective of a meeting or a match is not a source withheld.
    expect(marked('La reunión extraoficial de los cancilleres terminó sin acuerdo.', 'unverified')).toEqual([]);
    expect(marked('El partido amistoso del sábado fue extraoficial y no contó para el ranking.', 'unverified')).toEqual([]);
  });
});

describe('Spanish "sospechoso de" (session 36)', () => {
  it('marks a person "sospechoso de" an act as an unverified claim, as "acusado de"', () => {
    expect(marked('El exministro, sospechoso de haber desviado fondos públicos, compareció el martes.', 'unverified')).toHaveLength(1);
    expect(marked('Los dos detenidos, sospechosos de robar en varias tiendas, quedaron en libertad.', 'unverified')).toHaveLength(1);
  });

  it('takes no suspicious thing for a claim', () => {
    expect(marked('La policía encontró un paquete sospechoso de gran tamaño en la estación.', 'unverified')).toEqual([]);
  });
});

describe('Spanish accusation with the accuser named, and "considerado" in apposition (session 36)', () => {
  it('marks "acusados por X de" + an act and "X, considerado una de …"', () => {
    expect(
      marked('Los funcionarios, que fueron acusados por el gobierno de Obama de violar los derechos humanos, fueron sancionados.', 'unverified'),
    ).toHaveLength(1);
    expect(marked('Costa Rica, considerado una de las naciones más cercanas a Estados Unidos, votó en contra.', 'unverified')).toHaveLength(1);
  });

  it('takes no verdict or named holder of the view for a claim', () => {
    expect(marked('El jurado lo declaró culpable, considerado por todos el final del caso.', 'unverified')).toEqual([]);
    expect(marked('El acusado por el fiscal de la causa declaró ayer ante el juez.', 'unverified')).toEqual([]);
  });
});

describe('Spanish words said to an outlet after a long inverted subject (session 36)', () => {
  it('takes the outlet after "afirma el analista Pepe Escobar a" as the source', () => {
    expect(marked('"EE.UU. no está en ninguna parte", afirma el analista Pepe Escobar a RT.', 'state-media')).toEqual(['RT']);
  });

  it('takes no outlet after a "que" that opens what was said', () => {
    expect(marked('El analista afirma que el acuerdo da ventaja a RT frente a otros canales.', 'state-media')).toEqual([]);
  });
});

describe('Spanish claims with "alegar", concessions and causes', () => {
  it('marks what someone "alegó que" claims, and a gerund "alegando que" as its own clause', () => {
    expect(marked('El presidente se defendió ante el tribunal alegando que la ley lo permitía.', 'unverified')).toEqual(['alegando que la ley lo permitía']);
    expect(marked('El abogado alegó que su cliente estaba fuera del país.', 'unverified')).toHaveLength(1);
    expect(marked('El abogado no alegó que su cliente estuviera fuera del país.', 'unverified')).toEqual([]);
  });

  it('keeps the conditional of rumour after a concessive "si bien", and ends the claim at "ya que" without a comma', () => {
    const text =
      'Si bien Temer será el presidente interino, el magistrado exigió abrir un proceso contra él ya que como vicepresidente habría incurrido en los mismos delitos.';
    expect(marked(text, 'unverified')).toEqual(['como vicepresidente habría incurrido en los mismos delitos']);
    // A true "if" clause still imagines.
    expect(marked('Si hubiera llegado antes, el ministro habría evitado el accidente.', 'unverified')).toEqual([]);
  });

  it('does not read "la cadena de noticias Fox" as a back-reference to the state outlet named before', () => {
    const text = 'Según la agencia Sputnik, el presidente llegó a Caracas. "Es ridículo", declaró en una entrevista a la cadena de noticias Fox.';
    expect(marked(text, 'state-media')).toEqual(['la agencia Sputnik']);
  });
});

describe('Spanish rumour and non-verification of more shapes', () => {
  it('marks a deal said to be near with the conditional of "estar", not the plain present', () => {
    expect(marked('El delantero estaría cerca de fichar por el club.', 'unverified')).toHaveLength(1);
    expect(marked('El delantero está cerca de fichar por el club.', 'unverified')).toEqual([]);
  });

  it('marks "no hubo confirmación", "de acuerdo con versiones de prensa" and "según reportes no oficiales"', () => {
    expect(marked('No hubo confirmación oficial de las cifras.', 'unverified')).toHaveLength(1);
    expect(marked('De acuerdo con versiones de prensa, el ministro renunciará.', 'unverified')).toHaveLength(1);
    expect(marked('Según reportes no oficiales, hubo cien detenidos.', 'unverified')).toHaveLength(1);
    expect(marked('Según reportes del ministerio, hubo cien detenidos.', 'unverified')).toEqual([]);
  });
});

describe('Spanish state media as a plural subject', () => {
  it('takes "los medios estatales" with a plural verb, and "Medios oficiales" opening a sentence', () => {
    expect(marked('Los medios estatales chinos aseguraron que el ejército está listo.', 'state-media')).toEqual(['Los medios estatales chinos']);
    expect(marked('Medios oficiales cubanos informaron del apagón.', 'state-media')).toEqual(['Medios oficiales cubanos']);
    // Mentioned, not used as a source.
    expect(marked('Los medios estatales chinos cerraron sus oficinas en la ciudad.', 'state-media')).toEqual([]);
  });
});

describe('Spanish state media: "de acuerdo a" and plural nationalities in -íes', () => {
  it('takes "de acuerdo a la agencia TASS" as a source and "Medios estatales iraníes" as a generic reference', () => {
    expect(marked('De acuerdo a la agencia TASS, el presidente viajará a China.', 'state-media')).toEqual(['la agencia TASS']);
    expect(marked('Medios estatales iraníes reportaron tres muertos.', 'state-media')).toEqual(['Medios estatales iraníes']);
  });
});

describe('Spanish rumour: "señalado de" and unnamed press accounts', () => {
  it('marks "señalado de recibir sobornos" and "Versiones periodísticas indican que", not "señalado como ganador por el jurado"', () => {
    expect(marked('El exministro, señalado de recibir sobornos, renunció.', 'unverified')).toHaveLength(1);
    expect(marked('Versiones periodísticas indican que el exministro renunciará.', 'unverified')).toHaveLength(1);
    expect(marked('El alcalde fue señalado de inmediato por los vecinos.', 'unverified')).toEqual([]);
  });
});
