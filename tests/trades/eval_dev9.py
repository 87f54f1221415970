"""Evaluation set for trade detection, ninth development batch: long narrative messages
in the manner of the real texts issue 13 measured (background first, the problem told
through its symptoms, function words, typos and dialect kept); written in session 3 and
tuned against. Same format and labels as `eval_held_out.py`."""

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

DEV9: list[tuple[str, tuple[str, ...]]] = [
    ("Wir wohnen seit zwanzig Jahren in dem Haus und hatten nie Probleme, aber seit "
     "diesem Herbst wird es im Wohnzimmer einfach nicht mehr richtig warm, egal wie "
     "weit wir aufdrehen. Die anderen Räume sind okay.", (SHK,)),
    ("Mein Mann meint, das sei nur Kalk, aber aus der Dusche kommt seit Tagen fast "
     "nichts mehr raus und der Hebel geht ganz schwer. Wir haben schon Essig probiert.",
     (SHK,)),
    ("Als wir aus dem Urlaub zurückkamen, stand im Keller das Wasser, es kam "
     "offenbar aus einer Leitung hinter der Waschmaschine. Jetzt ist alles aufgedreht "
     "und zu, aber die Wand ist durchweicht.", (SHK, TROCK)),
    ("Jedes Mal, wenn oben jemand duscht, hört man bei uns im Bad ein Gluckern und "
     "es riecht dann komisch aus dem Waschbecken, als ob die Luft aus dem Rohr kommt.",
     (ROHR, SHK)),
    ("Eigentlich wollte ich nur die Lampe im Flur tauschen, aber als ich den alten "
     "Deckel abgenommen habe, waren die Drähte ganz braun und bröselig. Jetzt trau "
     "ich mich nicht mehr weiter.", (ELEK,)),
    ("Bei meiner Oma im Haus funktioniert seit dem Gewitter die Hälfte der Lichter "
     "nicht mehr und im Keller riecht es nach verbranntem Plastik.", (ELEK,)),
    ("Seit wir die neue Küche haben, fällt immer wieder der Strom in der ganzen "
     "Wohnung aus, meistens abends beim Kochen. Der Küchenbauer sagt, das liegt nicht "
     "an ihm.", (ELEK,)),
    ("Im Frühjahr haben wir gemerkt, dass an der Giebelseite das Wasser bei Regen "
     "innen an der Wand runterläuft, und oben im Speicher sieht man an einer Stelle "
     "Licht durch die Ziegel.", (DACH,)),
    ("Unser Haus ist ein Bungalow mit Flachdach und seit letztem Winter haben wir in "
     "der Küche einen Wasserfleck an der Decke, der bei jedem Regen größer wird.",
     (DACH,)),
    ("Nachdem die Nachbarn ihre Bäume gefällt haben, liegt bei uns das ganze Laub in "
     "der Rinne und das Wasser schwappt über und läuft an der Hauswand runter.",
     (DACH, KLEMP, HAUS, GART)),
    ("Bei uns sind die Wände im Schlafzimmer so hässlich, dass wir uns schämen, "
     "Besuch reinzulassen: Flecken, Risse, alte Dübellöcher. Wir hätten das gern "
     "einmal schön gemacht.", (MALER, STUCK)),
    ("Die Vormieter haben im Kinderzimmer alles mit Filzstift bemalt, sogar die "
     "Türen, und wir bekommen es nicht ab. Überstreichen hat nicht gereicht.",
     (MALER,)),
    ("Im Bad wackelt beim Drauftreten eine Bodenfliese und drumherum sind die Fugen "
     "rausgebrochen, ich habe Angst, dass Wasser drunterläuft.", (FLIES,)),
    ("Unsere Fenster beschlagen jeden Morgen von innen so stark, dass das Wasser auf "
     "die Fensterbank läuft, und in den Ecken der Rahmen ist es schon schwarz.",
     (SCHUTZ, FENST, TISCH)),
    ("Wir haben ein kleines Häuschen geerbt, die Fenster sind noch einfach verglast "
     "und im Winter zieht es überall. Die müssten wohl alle raus.", (FENST, TISCH,
                                                                      GLAS)),
    ("Unsere Katze ist gegen die Terrassentür gesprungen und seitdem hat die äußere "
     "Scheibe einen langen Sprung.", (GLAS,)),
    ("Die Tür vom Badezimmer geht nur noch mit Schwung zu, sie hängt irgendwie und "
     "schleift oben am Rahmen, seit es so feucht ist.", (TISCH, HAUS)),
    ("In unserer Altbauwohnung knarrt der Holzboden so laut, dass die Nachbarn unten "
     "sich beschweren, und an manchen Stellen gibt er richtig nach.", (PARK, ZIMM,
                                                                       TISCH)),
    ("Wir möchten im Kinderzimmer den alten Teppich rausreißen lassen und etwas "
     "Pflegeleichtes verlegen, wo man auch mal was verschütten kann.", (BODEN,)),
    ("Seit dem Frühjahr wuchert im Garten alles zu, die Brombeeren sind über den "
     "Zaun gewachsen und der Nachbar ist sauer. Wir schaffen das körperlich nicht mehr.",
     (GART,)),
    ("Unsere Auffahrt hat sich über die Jahre gesenkt und bei Regen läuft das Wasser "
     "jetzt in die Garage statt in den Gully.", (PFLA, ROHR)),
    ("Wir wollen zwischen Wohnzimmer und Küche mehr Licht und haben überlegt, einen "
     "Durchbruch zu machen, wissen aber nicht, ob das eine tragende Wand ist.",
     (MAUR,)),
    ("Im Altbau meiner Eltern rieselt aus der Decke ständig feiner Sand, und an "
     "einigen Stellen wölbt sich die Decke nach unten.", (STUCK, ZIMM)),
    ("Im Keller blüht an den Wänden weißes Zeug aus und die Kartons, die dort "
     "stehen, werden weich und riechen muffig.", (SCHUTZ, TROCK)),
    ("Nach dem Unwetter stand bei uns 20 Zentimeter Wasser im Keller, die Feuerwehr "
     "hat abgepumpt, aber jetzt riecht alles modrig und die Wände sind nass.",
     (TROCK, SCHUTZ)),
    ("Jeden Morgen kämpfe ich mit dem Rollladen im Schlafzimmer, er geht nur ruckelig "
     "hoch und bleibt auf halber Höhe stecken.", (ROLL,)),
    ("Die Markise über der Terrasse hat beim Gewitter was abbekommen, der Stoff ist "
     "eingerissen und ein Arm hängt runter.", (ROLL,)),
    ("Heute Morgen bin ich zum Bäcker, und als ich zurückkam, ging die Haustür nicht "
     "mehr auf, der Schlüssel dreht sich im Schloss einfach durch.", (METALL,)),
    ("Unser Kachelofen ist ein Erbstück und heizt eigentlich gut, aber inzwischen "
     "kommt beim Nachlegen Rauch raus und die Fugen zwischen den Kacheln sind offen.",
     (OFEN, SCHORN)),
    ("Meine Mutter kommt mit dem Putzen nicht mehr hinterher, die Wohnung ist 90 qm, "
     "wir suchen jemanden für alle zwei Wochen.", (REIN,)),
    ("Im Sommer ziehen wir in eine kleinere Wohnung, die Hälfte der Möbel muss weg, "
     "der Rest mit. Wer macht beides?", (UMZ,)),
    ("Im Winter frieren wir im Dachgeschoss, obwohl die Heizung voll läuft. Ein "
     "Bekannter meint, unter dem Dach sei gar keine Dämmung.", (DAEMM, DACH, ZIMM)),
    ("An unserem Carport sind die Balken unten am Boden angefault und das Dach hängt "
     "schon leicht schief.", (ZIMM,)),
    ("Wir haben im Treppenhaus eine Lampe, die seit Wochen flackert, und der "
     "Hausmeister kommt nicht.", (ELEK, HAUS)),
    ("Unser Abfluss in der Küche ist so langsam, dass sich das Wasser beim Spülen im "
     "Becken sammelt, und es blubbert.", (ROHR, SHK)),
    ("Mir ist gestern beim Aufräumen aufgefallen, dass die Silikonfuge an der "
     "Badewanne schwarz ist und sich an einer Ecke löst.", (FLIES, SHK, HAUS,
                                                           SCHUTZ)),
    ("Die Kinder haben im Flur Löcher in die Wand gebohrt, jetzt sieht es aus wie ein "
     "Schweizer Käse, kann man das zuspachteln und streichen?", (MALER, STUCK,
                                                                  HAUS)),
    ("Seit dem Sturm klappert oben am Schornstein etwas, und im Dachboden liegen "
     "kleine Steinchen.", (DACH, SCHORN, MAUR, KLEMP)),
    ("Wir wollen unser Bad altersgerecht umbauen lassen, mit Haltegriffen, einer "
     "Dusche ohne Schwelle und einem höheren WC.", (SHK, FLIES)),
    ("Gestern ist ein Ast auf unseren Zaun gefallen, der Zaun ist aus Holz und jetzt "
     "an zwei Stellen umgeknickt.", (ZIMM, GART, TISCH)),
    ("Unser Kellerabgang hat keine Überdachung und bei Regen läuft alles in den "
     "Keller, wir hätten gern ein Vordach.", (METALL, ZIMM, DACH, GLAS)),
    ("Ich bin alleinerziehend und handwerklich eine Niete. Die Küchentür schließt "
     "nicht mehr, ein Regal ist runtergekommen und die Vorhangstange hängt schief.",
     (HAUS,)),
    ("Hi, we've been living here for a year and the paint in the bathroom keeps "
     "peeling off the ceiling in big strips, no matter how often we repaint.",
     (MALER, SCHUTZ)),
    ("Hi, since the new neighbours moved in upstairs there's a brown stain spreading on "
     "our kitchen ceiling, right under their bathroom.", (SHK, TROCK)),
    ("Hello, our daughter's bedroom window doesn't close properly and there's a draft "
     "even when it's locked.", (FENST, TISCH)),
    ("Hi, my landlord asked me to find someone for the garden, the grass is knee-high "
     "and the hedges are huge.", (GART,)),
]
