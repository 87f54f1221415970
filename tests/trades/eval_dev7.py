"""Evaluation set for trade detection, seventh development batch: in the manner of
advice columns and forum posts quoted in issue 13 (median about 26 words, a little
background, typos and dialect kept), written in session 3 and tuned against. Same format
and labels as `eval_held_out.py`."""

from tests.trades.eval_labels import (
    BODEN,
    DACH,
    DAEMM,
    ELEK,
    FENST,
    FLIES,
    GART,
    GLAS,
    HAUS,
    KLEMP,
    MALER,
    MAUR,
    METALL,
    OFEN,
    PARK,
    PFLA,
    REIN,
    ROHR,
    ROLL,
    SCHORN,
    SCHUTZ,
    SHK,
    STUCK,
    TISCH,
    TROCK,
    UMZ,
    ZIMM,
)

EMB = "elektromaschinenbauer"

DEV7: list[tuple[str, tuple[str, ...]]] = [
    ("Seit dem Kälteeinbruch knackt und pfeift unsere Heizung, und im Bad wird der "
     "Heizkörper nur noch handwarm, obwohl der Druck laut Anzeige stimmt.", (SHK,)),
    ("Liebe Redaktion, bei uns kommt aus dem Warmwasserhahn manchmal nur kaltes Wasser, "
     "dann wieder kochend heiß. Der Vermieter sagt, das sei normal. Ist es das?", (SHK,)),
    ("Unser Siphon unter dem Waschbecken ist undicht, ich hab ihn schon nachgezogen, "
     "es tropft weiter in den Unterschrank.", (SHK, ROHR)),
    ("Meine Frage: Wir haben im Keller einen Bodenablauf, aus dem es bei Starkregen "
     "hochdrückt. Wer baut eine Rückstausicherung ein?", (ROHR, SHK)),
    ("Im Mehrfamilienhaus stinkt es im Treppenhaus nach Abwasser, vermutlich aus dem "
     "Keller. Die Hausverwaltung schickt niemanden.", (ROHR, SHK)),
    ("Unser Dach ist 40 Jahre alt, die Ziegel sind mürbe und bei jedem Sturm fliegen "
     "welche runter. Neu eindecken oder reparieren?", (DACH,)),
    ("Nach dem Hagel letzte Woche ist unser Dachfenster kaputt, die Scheibe hat ein "
     "Loch und es regnet rein.", (DACH, GLAS, FENST)),
    ("An unserem Haus ist die Regenrinne übergelaufen und nun ist die Fassade darunter "
     "grün und feucht.", (DACH, KLEMP, MALER)),
    ("Bei uns springt der FI immer nachts raus, morgens ist der Kühlschrank warm. "
     "Tagsüber passiert nichts.", (ELEK,)),
    ("In unserem Altbau sind die Steckdosen ohne Schutzkontakt, zweipolig. Müssen die "
     "getauscht werden, wenn wir einen Trockner anschließen?", (ELEK,)),
    ("Die Lichtschalter im Flur funktionieren nur noch, wenn man sie lange drückt, und "
     "manchmal knackt es in der Dose.", (ELEK,)),
    ("Unser Kühlschrank brummt laut und das Eisfach taut nicht mehr richtig ab, "
     "Garantie ist abgelaufen.", (ELEK, EMB)),
    ("Wir ziehen bald aus. Laut Vertrag müssen wir die Wände in neutralen Farben "
     "übergeben, aber wir haben ein Zimmer dunkelgrün. Wer macht das schnell?",
     (MALER,)),
    ("Die Holzverkleidung am Giebel ist verwittert und die Farbe ist ab, da müsste "
     "neu gestrichen werden, aber man kommt nur mit Gerüst ran.", (MALER, ZIMM)),
    ("Im Bad sind die Fugen schwarz, die Silikonfuge an der Wanne löst sich und "
     "dahinter ist es feucht.", (FLIES, SCHUTZ, SHK)),
    ("Unsere Terrassenplatten wackeln und zwischen den Fugen wächst überall Unkraut, "
     "die Terrasse ist 20 Jahre alt.", (PFLA, GART, FLIES)),
    ("Die Fenster in unserer Mietwohnung sind so undicht, dass die Vorhänge wackeln, "
     "wenn es windig ist. Vermieter will nichts machen.", (FENST, TISCH)),
    ("Unsere Haustür hat einen Riss im Glaseinsatz, ist Sicherheitsglas, wer tauscht "
     "das?", (GLAS,)),
    ("Bei uns klemmt die Schiebetür zur Terrasse, man kriegt sie nur mit Gewalt auf, "
     "vermutlich die Rollen.", (FENST, TISCH)),
    ("Die Treppe zum Dachboden ist eine Einschubtreppe, die Feder ist gebrochen und "
     "die Treppe knallt runter.", (TISCH, ZIMM, HAUS)),
    ("Unser Kleiderschrank ist eingebaut unter der Schräge und die Türen hängen schief, "
     "außerdem geht eine Schublade nicht mehr zu.", (TISCH, HAUS)),
    ("Im Flur hebt sich das Laminat in der Mitte, es ist wohl zu dicht an die Wand "
     "verlegt worden.", (BODEN,)),
    ("Wir haben unter dem Teppich altes Parkett gefunden, Fischgrät, mit Kleberesten, "
     "kann man das retten?", (PARK,)),
    ("Im Garten steht eine alte Tanne, die über die Stromleitung zum Haus wächst. Der "
     "Netzbetreiber sagt, wir sollen sie kürzen lassen.", (GART,)),
    ("Unsere Hecke ist zu hoch für die Leiter, drei Meter, und der Nachbar beschwert "
     "sich über den Schatten.", (GART,)),
    ("In der Garage ist der Boden aufgebrochen und es gibt Risse, Beton, ca. 20 qm.",
     (MAUR, PFLA)),
    ("Bei uns ist der Sockel vom Haus unten feucht und der Putz blättert ab, ca. 30 cm "
     "hoch rundherum.", (SCHUTZ, STUCK, MAUR)),
    ("Wir haben im Neubau Risse in den Rigipswänden, besonders an den Ecken über den "
     "Türen.", (STUCK,)),
    ("Unser Schlafzimmer hat eine Außenwand, die im Winter innen nass wird, hinter dem "
     "Schrank ist schon alles schwarz.", (SCHUTZ, MALER, TROCK, DAEMM)),
    ("Der Keller ist nach dem Rohrbruch trocken gepumpt, aber die Wände sind noch "
     "klatschnass, Versicherung zahlt.", (TROCK,)),
    ("Der Rolladengurt ist ausgefranst und jetzt ganz abgerissen, der Laden ist unten.",
     (ROLL,)),
    ("Unsere Markise lässt sich nicht mehr einfahren, jetzt kommt Sturm, was tun?",
     (ROLL,)),
    ("Ich habe meinen Schlüssel in der Wohnung liegen lassen und die Tür ist "
     "zugefallen, Notfall.", (METALL,)),
    ("Unser Gartentor aus Metall ist vom Wind so verbogen, dass es nicht mehr schließt.",
     (METALL,)),
    ("Der Kaminofen stinkt beim Heizen und die Scheibe verrußt sofort, der "
     "Schornsteinfeger war erst im Herbst da.", (OFEN, SCHORN)),
    ("Wir brauchen vor dem Verkauf eine gründliche Reinigung des Hauses, 140 qm, "
     "inklusive Fenster und Keller.", (REIN,)),
    ("Unser Umzug ist in drei Wochen und die Firma hat abgesagt, wir brauchen dringend "
     "Ersatz, 3 Zimmer.", (UMZ,)),
    ("Im Winter ist es im Obergeschoss eiskalt, die Heizung läuft, aber der Dachboden "
     "darüber ist nicht gedämmt.", (DAEMM, ZIMM, DACH)),
    ("Servus, mia ham an Wasserschadn im Bad, d'Wand is nass und de Fliesn san locker, "
     "i moan da Anschluss vom Wasser is undicht.", (SHK, FLIES, TROCK)),
    ("Moin, mien Dack is dicht, aver de Schosteen leckt, dat Water löppt bi de Kamin "
     "rin.", (DACH, SCHORN, KLEMP)),
    ("Heizung is aus, Kessel zeigt rotes Lämpchen, Reset bringt nix", (SHK,)),
    ("Steckdose in der Küche qualmt!!!", (ELEK,)),
    ("Abwasser kommt im Keller hoch", (ROHR, SHK)),
    ("Wasserfleck an der Decke wird größer", (SHK, TROCK, DACH)),
    ("Fenster lässt sich nicht mehr kippen", (FENST, TISCH)),
    ("Gartenzaun umgekippt nach Sturm", (GART, ZIMM, METALL)),
    ("Putz fällt von der Decke", (STUCK,)),
    ("Wohnung streichen 2 Zimmer", (MALER,)),
    ("Küchenspüle verstopft", (ROHR, SHK)),
    ("Hi, we have no heating and no hot water since this morning, the boiler shows an "
     "error code.", (SHK,)),
    ("Hi, the tiles in our shower are coming off the wall and the wall behind is soft.",
     (FLIES, SHK)),
    ("Hi, the extractor fan in our kitchen is very loud and barely sucks anymore.",
     (ELEK, EMB)),
    ("Hi, our neighbour's tree roots are lifting our driveway, who fixes that?",
     (PFLA, GART)),
    ("Hi, we'd like a quote to paint the exterior wooden window frames and the front "
     "door.", (MALER,)),
    ("Hi, we need help moving furniture from our basement to a storage unit.", (UMZ,)),
    ("Hi, our roof has some moss and a few cracked tiles, can someone take a look?",
     (DACH,)),
]
