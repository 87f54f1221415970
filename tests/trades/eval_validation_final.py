"""Evaluation set for trade detection, final validation: written in session 3 after all
the tuning on the other sets and read only as rates, never message by message, so it
gives the honest figure on unseen text. Same format and labels as `eval_held_out.py`."""

from tests.trades.eval_labels import (
    BODEN,
    DACH,
    DAEMM,
    ELEK,
    ESTR,
    FENST,
    FLIES,
    GART,
    GEB,
    GERUEST,
    GLAS,
    HAUS,
    IT,
    KLEMP,
    KLIMA,
    MALER,
    MAUR,
    METALL,
    OFEN,
    PARK,
    PFLA,
    RAUM,
    REIN,
    ROHR,
    ROLL,
    SCHORN,
    SCHUTZ,
    SHK,
    STEIN,
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

VALIDATION_FINAL: list[tuple[str, tuple[str, ...]]] = [
    ("Hallo, ich schreibe Ihnen im Auftrag meiner Schwiegereltern. Die beiden sind über "
     "80 und bei ihnen ist seit gestern Abend die Heizung aus, der Brenner startet, geht "
     "aber nach ein paar Sekunden wieder aus. Es ist eine Ölheizung im Keller.", (SHK,)),
    ("Moin zusammen, unser Wasserhahn im Bad lässt sich nicht mehr richtig zudrehen, "
     "es tröpfelt ständig und nachts hört man es. Ist eine Einhandarmatur.", (SHK,)),
    ("Hallo, wir haben seit einer Woche extrem wenig Wasserdruck in der ganzen Wohnung, "
     "die Nachbarn nicht. Perlatoren haben wir schon gereinigt.", (SHK,)),
    ("Hi, the radiator in our living room is leaking from the valve at the bottom, we "
     "put a towel underneath but it's getting worse.", (SHK,)),
    ("Heizkörper im Bad wird nicht warm, Thermostatkopf schon getauscht, hilft nix",
     (SHK,)),
    ("Guten Tag, wir möchten unsere 30 Jahre alte Gasheizung gegen eine Wärmepumpe "
     "tauschen und hätten gern eine Beratung mit Angebot.", (SHK,)),
    ("Servus, mei Spülkastn im Klo rinnt dauernd nach, i hob scho an Schwimmer "
     "verbogn, hilft nix.", (SHK,)),
    ("Hallo, bei uns ist heute Nacht ein Wasserrohr im Heizungskeller geplatzt, das "
     "Wasser haben wir abgedreht, aber jetzt haben wir kein Wasser im ganzen Haus.",
     (SHK,)),
    ("Hi, our shower mixer only gives scalding hot or freezing cold water, nothing in "
     "between.", (SHK,)),
    ("Wir brauchen für den Garten einen Wasseranschluss an der Hauswand, frostsicher.",
     (SHK,)),
    ("Hallo, das Waschbecken im Bad läuft nur noch ganz langsam ab und es riecht "
     "unangenehm aus dem Abfluss.", (ROHR, SHK)),
    ("Hilfe, Toilette übergelaufen, Wasser überall im Bad, Pümpel bringt nichts!!!",
     (ROHR, SHK)),
    ("Guten Tag, unsere Hausverwaltung möchte die Abwasserleitungen im Haus reinigen "
     "lassen, 8 Parteien, Baujahr 1965.", (ROHR,)),
    ("Hi, there's a horrible sewage smell in our basement and the floor drain is "
     "gurgling.", (ROHR, SHK)),
    ("Hallo, nach dem Starkregen ist bei uns im Hof der Ablauf übergelaufen und das "
     "Wasser stand bis zur Kellertür.", (ROHR,)),
    ("Guten Morgen, wir haben ein Reihenhaus und seit dem Sturm fehlen am Dach ein paar "
     "Ziegel, außerdem hängt die Dachrinne an einer Seite runter.", (DACH, KLEMP)),
    ("Hallo, bei uns regnet es durch das Dach in den Dachboden rein, wir haben Eimer "
     "aufgestellt. Das Dach ist sehr alt.", (DACH,)),
    ("Hi, we have a leak around the skylight in our loft conversion, water drips onto "
     "the bed when it rains hard.", (DACH, FENST)),
    ("Hallo, wir möchten unser Flachdach auf dem Anbau sanieren lassen, die Pappe ist "
     "rissig und es bilden sich Pfützen.", (DACH,)),
    ("Fallrohr verstopft, Wasser läuft oben über die Rinne", (KLEMP, DACH, ROHR)),
    ("Grüß Gott, bei uns ham's im Winter die Schneefanggitter vom Dach grissn, de "
     "müssen wieder hin.", (DACH, KLEMP)),
    ("Hallo, bei uns gehen seit heute Morgen im Wohnzimmer und im Schlafzimmer die "
     "Steckdosen nicht mehr, das Licht aber schon. Im Kasten ist nichts rausgeflogen.",
     (ELEK,)),
    ("Guten Tag, wir haben ein Einfamilienhaus gekauft und möchten eine Wallbox und "
     "eine PV-Anlage installieren lassen.", (ELEK, DACH)),
    ("Hi, our kitchen ceiling light makes a buzzing noise and flickers when it's on, the "
     "switch gets warm too.", (ELEK,)),
    ("Hallo, die Außenbeleuchtung am Haus geht nicht mehr, wahrscheinlich ist ein Kabel "
     "in der Erde beschädigt, wir haben im Garten gegraben.", (ELEK,)),
    ("Elektriker gesucht: neue Leitungen und Dosen für die Küche, alte raus", (ELEK,)),
    ("Hallo, bei uns hat der FI ausgelöst und lässt sich nicht mehr einschalten, wir "
     "haben schon alle Geräte ausgesteckt.", (ELEK,)),
    ("Hallo, meine Spülmaschine läuft nicht mehr an, das Display bleibt dunkel, Strom "
     "ist aber da.", (ELEK, EMB)),
    ("Hi, our washing machine leaks from the door seal during every wash.", (ELEK, EMB)),
    ("Backofen wird nicht mehr heiß, Ober- und Unterhitze gehen beide nicht",
     (ELEK, EMB)),
    ("Hallo, wir ziehen aus und müssen die Wohnung renoviert übergeben, also alle Wände "
     "und Decken weiß streichen und die Heizkörper lackieren.", (MALER,)),
    ("Guten Tag, unser Treppenhaus braucht einen neuen Anstrich, 4 Etagen, die Wände "
     "sind stellenweise abgestoßen.", (MALER,)),
    ("Hi, we need the outside of our house painted, the render is fine but the colour "
     "has faded and there are green patches.", (MALER, GEB)),
    ("Tapezieren und streichen im Kinderzimmer, Tapete ist gekauft", (MALER,)),
    ("Hallo, wir möchten unsere alten Holzfenster außen streichen lassen, die Farbe ist "
     "rissig und blättert.", (MALER, TISCH)),
    ("Hallo, im Bad sind ein paar Fliesen gesprungen und im Boden ist eine lose, wir "
     "haben noch Ersatzfliesen vom Bau.", (FLIES,)),
    ("Guten Tag, wir suchen einen Fliesenleger für unser neues Bad, Wand und Boden, ca "
     "25 qm Fliesenfläche.", (FLIES,)),
    ("Hi, the grout in our kitchen floor is crumbling and some tiles move when you step "
     "on them.", (FLIES,)),
    ("Fugen in der Dusche schimmelig, Silikon neu machen lassen", (FLIES, SCHUTZ, HAUS)),
    ("Hallo, unsere Balkontür lässt sich nicht mehr abschließen, der Griff ist lose und "
     "die Tür schleift unten.", (FENST, TISCH)),
    ("Guten Tag, in unserem Altbau ziehen alle Fenster, die Dichtungen sind hart und "
     "rissig. Kann man die erneuern?", (FENST, TISCH)),
    ("Hi, one of our double glazed windows has condensation between the panes, can the "
     "glass be replaced?", (GLAS, FENST)),
    ("Fensterscheibe im Keller eingeschlagen, Einbruchsversuch", (GLAS, FENST)),
    ("Hallo, die Glastür zum Wohnzimmer hat einen Sprung, Sicherheitsglas, 80 x 200.",
     (GLAS,)),
    ("Hallo, wir brauchen eine neue Haustür, die alte ist von 1975, Holz, und schließt "
     "nicht mehr richtig.", (FENST, TISCH)),
    ("Guten Tag, wir möchten eine Einbauküche von einem Schreiner, keine Standardküche, "
     "die Küche hat Schrägen.", (TISCH,)),
    ("Hallo, die Tür von unserem Kleiderschrank ist aus den Angeln gerissen, kann man "
     "das reparieren?", (TISCH, HAUS)),
    ("Hi, we'd like a built-in wardrobe under the stairs, there's an awkward space.",
     (TISCH,)),
    ("Treppenstufen knarzen furchtbar, Holztreppe im Altbau", (TISCH,)),
    ("Hallo, wir möchten im Wohnzimmer neuen Boden, entweder Parkett oder Vinyl, 30 qm, "
     "der alte Teppich muss raus.", (BODEN, PARK)),
    ("Guten Tag, unser Parkett ist nach einem Wasserschaden an der Balkontür "
     "aufgequollen, ca 3 qm.", (PARK, BODEN, TROCK)),
    ("Hi, could someone lay laminate in two bedrooms, about 30 square metres total?",
     (BODEN,)),
    ("Teppichboden im Büro raus, Vinyl rein, 60 qm", (BODEN,)),
    ("Hallo, im Keller ist der Estrich an mehreren Stellen gerissen und uneben, darauf "
     "sollen Fliesen.", (ESTR, FLIES)),
    ("Hallo, unser Garten ist ziemlich verwildert, wir bräuchten jemanden, der die "
     "Sträucher schneidet, das Unkraut entfernt und die Beete neu anlegt.", (GART,)),
    ("Guten Tag, bei uns muss eine große Tanne im Vorgarten gefällt werden, sie steht "
     "nah an der Straße.", (GART,)),
    ("Hi, the lawn in our back garden is full of moss and weeds, we'd like it redone "
     "with new turf.", (GART,)),
    ("Hecke schneiden lassen, Liguster, 20 m, 2 m hoch", (GART,)),
    ("Hallo, wir möchten unseren Hof neu pflastern lassen, ca 80 qm, die alten Platten "
     "sind kaputt.", (PFLA,)),
    ("Guten Tag, die Einfahrt hat Löcher und Unebenheiten, bei Regen steht das Wasser.",
     (PFLA,)),
    ("Hallo, wir möchten zwischen Küche und Esszimmer einen Durchbruch machen lassen, "
     "die Wand ist tragend.", (MAUR,)),
    ("Hallo, die Gartenmauer ist nach dem Winter an einer Stelle eingestürzt, die "
     "Steine liegen im Beet.", (MAUR, GART)),
    ("Hi, there's a big crack in the outside wall of our house, from the window down "
     "to the ground.", (MAUR, STUCK)),
    ("Guten Tag, im Altbau bröckelt an mehreren Stellen der Putz von der Wand, wir "
     "wollen neu verputzen lassen.", (STUCK,)),
    ("Hallo, wir möchten im Dachgeschoss eine Trennwand aus Gipskarton ziehen lassen.",
     (STUCK,)),
    ("Hi, part of the plaster ceiling in our hallway came down last night, there's "
     "dust and debris everywhere.", (STUCK,)),
    ("Hallo, im Schlafzimmer wächst Schimmel an der Wand hinterm Bett, die Wand ist "
     "kalt und feucht.", (SCHUTZ, TROCK, MALER)),
    ("Guten Tag, in unserem Keller sind die Wände unten nass und der Putz blüht aus, "
     "wir möchten den Keller trockenlegen.", (SCHUTZ, TROCK, MAUR)),
    ("Hi, we have mould on the window frames and in the corners of the bathroom every "
     "winter.", (SCHUTZ, MALER)),
    ("Hallo, nach einem Rohrbruch ist der Estrich im Bad nass, wir brauchen Trockner.",
     (TROCK,)),
    ("Hallo, unser Rollladen im Kinderzimmer ist abgestürzt und lässt sich nicht mehr "
     "hochziehen, der Gurt ist noch ganz.", (ROLL,)),
    ("Guten Tag, wir möchten außenliegende Raffstores an vier Fenstern nachrüsten.",
     (ROLL,)),
    ("Hi, the blinds in our office are broken, several slats are bent and one won't go "
     "up.", (ROLL,)),
    ("Markise reißt beim Ausfahren, Stoff muss neu", (ROLL, RAUM)),
    ("Hallo, ich habe meinen Schlüssel verloren und stehe vor der Tür, können Sie "
     "kommen?", (METALL,)),
    ("Guten Tag, wir möchten ein Geländer für unseren Balkon aus Edelstahl mit "
     "Glasfüllung.", (METALL, GLAS)),
    ("Hi, the lock on our front door is stiff and the key gets stuck, we're afraid "
     "we'll be locked out.", (METALL,)),
    ("Hallo, unser Hoftor aus Metall hängt durch und schleift, die Scharniere sind "
     "ausgeleiert.", (METALL,)),
    ("Hallo, wir möchten unseren offenen Kamin wieder in Betrieb nehmen, wer prüft den "
     "Schornstein?", (SCHORN, OFEN)),
    ("Guten Tag, unser Kachelofen raucht beim Anheizen ins Zimmer, früher nie.",
     (OFEN, SCHORN)),
    ("Hallo, wir suchen eine Putzfrau für unser Haus, einmal die Woche 4 Stunden.",
     (REIN,)),
    ("Guten Tag, wir brauchen eine Reinigung nach dem Umbau, überall Baustaub, 100 qm.",
     (REIN, GEB)),
    ("Hi, looking for someone to clean our windows and the conservatory roof.",
     (REIN, GEB)),
    ("Hallo, wir ziehen im Mai von Berlin nach Frankfurt und suchen eine Umzugsfirma, "
     "3-Zimmer-Wohnung mit Keller.", (UMZ,)),
    ("Hallo, wir brauchen jemanden, der ein Klavier aus dem 3. Stock holt und in unser "
     "Haus bringt.", (UMZ,)),
    ("Hi, I need help moving out next weekend, small flat, about 25 boxes and some "
     "furniture.", (UMZ,)),
    ("Wohnungsauflösung nach Todesfall, 3 Zimmer, alles muss raus", (UMZ, REIN, HAUS)),
    ("Hallo, unsere Klimaanlage springt nicht mehr an, die Fernbedienung funktioniert "
     "aber.", (KLIMA,)),
    ("Hi, we'd like a quote for air conditioning in our shop, about 80 square metres.",
     (KLIMA,)),
    ("Hallo, unser WLAN-Router steht im Keller und oben kommt nichts an, wir möchten "
     "ein Netzwerkkabel nach oben legen lassen.", (IT, ELEK)),
    ("Guten Tag, wir brauchen für die Fassadenarbeiten ein Gerüst, Einfamilienhaus, "
     "alle Seiten.", (GERUEST,)),
    ("Hallo, wir möchten die Fassade dämmen lassen, Haus Baujahr 1968, ca 180 qm.",
     (DAEMM, STUCK)),
    ("Guten Tag, auf dem Friedhof ist der Grabstein unserer Großeltern eingesunken und "
     "steht schief.", (STEIN,)),
    ("Hallo, wir möchten eine Pergola aus Holz über der Terrasse, ca 4 x 3 m.",
     (ZIMM, TISCH)),
    ("Hallo, im Dachstuhl unseres Altbaus sind mehrere Balken morsch, ein Gutachter "
     "hat es festgestellt.", (ZIMM, SCHUTZ)),
    ("Hallo, unser Sessel ist durchgesessen, die Federn drücken durch, bitte neu "
     "polstern.", (RAUM,)),
    ("Hallo, ich bräuchte jemanden für ein paar kleine Dinge: Vorhangstange anbringen, "
     "Spiegel aufhängen, Tür einstellen.", (HAUS,)),
    ("Bad komplett neu: Fliesen, Dusche, WC, Waschtisch, Elektrik, ca. 8 qm",
     (SHK, FLIES, ELEK)),
    ("Hallo, bei uns tropft es aus der Decke in der Küche, oben ist das Bad, und die "
     "Lampe in der Küche geht auch nicht mehr.", (SHK, ELEK, TROCK)),
    ("Guten Tag, wir haben einen Marder im Dach, der hat die Dämmung kaputt gemacht und "
     "ein paar Ziegel verschoben.", (DACH, DAEMM)),
    ("heizung kaputt seit gestern, wohnung eiskalt, kind krank, bitte schnell",
     (SHK,)),
    ("Strom komplett weg, nur bei uns, Nachbarn haben Licht", (ELEK,)),
    ("Rolladen gurt gerissen, bitte reparieren", (ROLL,)),
    ("Hi, blocked toilet, plunger didn't work", (ROHR, SHK)),
    ("Hi, need someone to assemble IKEA furniture, a wardrobe and a bed", (HAUS, TISCH)),
    ("Dachrinne undicht, tropft auf Terrasse", (DACH, KLEMP)),
    ("Fensterbank innen gebrochen, Marmor", (STEIN,)),
    ("Wasserhan in der Küche lekt", (SHK,)),
    ("Schimmel im Keller, richt muffig", (SCHUTZ, TROCK)),
]
