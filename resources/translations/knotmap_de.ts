<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdviceView</name>
    <message>
        <source>About this spot</source>
        <translation>Über diese Stelle</translation>
    </message>
    <message>
        <source>Pain from a knot here is commonly felt at %1.</source>
        <translation>Schmerz von einem Knoten hier wird häufig hier gespürt: %1.</translation>
    </message>
    <message>
        <source>Some people also feel it at %1.</source>
        <translation>Manche spüren ihn auch hier: %1.</translation>
    </message>
    <message>
        <source>Self-care advice is hidden because you answered yes to an emergency warning sign. Please get emergency care now.</source>
        <translation>Hinweise zur Selbsthilfe sind ausgeblendet, weil Sie ein Notfall-Warnzeichen mit Ja beantwortet haben. Bitte suchen Sie jetzt Notfallhilfe.</translation>
    </message>
    <message>
        <source>What commonly causes knots here</source>
        <translation>Was hier häufig Knoten verursacht</translation>
    </message>
    <message>
        <source>Self-care that suits this spot</source>
        <translation>Selbsthilfe, die zu dieser Stelle passt</translation>
    </message>
    <message>
        <source>Take care: %1</source>
        <translation>Vorsicht: %1</translation>
    </message>
    <message>
        <source>To keep knots from coming back</source>
        <translation>Damit Knoten nicht wiederkommen</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Was Sie erwarten können</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann Sie sich Hilfe holen sollten</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>Woher diese Angaben stammen</translation>
    </message>
    <message>
        <source>Self-care here is paused: you answered yes to a warning sign that needs a clinician today. It comes back when your answer changes, or once a clinician has seen you and said self-care is fine.</source>
        <translation>Die Selbsthilfe ist hier angehalten: Sie haben ein Warnzeichen mit Ja beantwortet, das noch heute ärztlich abgeklärt werden sollte. Sie kommt zurück, wenn sich Ihre Antwort ändert oder sobald eine Ärztin oder ein Arzt Sie gesehen und Selbsthilfe erlaubt hat.</translation>
    </message>
    <message>
        <source>A clinician said it is fine</source>
        <translation>Ärztlich erlaubt</translation>
    </message>
    <message>
        <source>Show all of this spot&apos;s muscles on the figure</source>
        <translation>Alle Muskeln dieser Stelle auf der Figur zeigen</translation>
    </message>
    <message>
        <source>Show only where this muscle sends pain</source>
        <translation>Nur zeigen, wohin dieser Muskel Schmerz ausstrahlt</translation>
    </message>
</context>
<context>
    <name>BirthYearField</name>
    <message>
        <source>Year of birth (you may leave it out)</source>
        <translation>Geburtsjahr (Sie können es weglassen)</translation>
    </message>
    <message>
        <source>A year of birth such as 1968.</source>
        <translation>Ein Geburtsjahr, etwa 1968.</translation>
    </message>
</context>
<context>
    <name>BodyFigure</name>
    <message>
        <source>Front of the body</source>
        <translation>Vorderseite des Körpers</translation>
    </message>
    <message>
        <source>Back of the body</source>
        <translation>Rückseite des Körpers</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between muscle areas and Enter to log a knot there.</source>
        <translation>Mit den Pfeiltasten wechseln Sie zwischen Muskelbereichen, mit der Eingabetaste erfassen Sie dort einen Knoten.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Use the arrow keys to move between places on the body and Enter to mark pain there.</source>
        <translation>Mit den Pfeiltasten von Stelle zu Stelle am Körper gehen, mit der Eingabetaste dort Schmerz markieren.</translation>
    </message>
</context>
<context>
    <name>BodyMapPage</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Your knots where you logged them. Left and right are your own.</source>
        <translation>Ihre erfassten Knoten. Links und rechts sind Ihre eigenen Seiten.</translation>
    </message>
    <message>
        <source>Click where it hurts to log your first knot: a tender spot that hurts when you press it.</source>
        <translation>Klicken Sie dorthin, wo es wehtut, um Ihren ersten Knoten zu erfassen: eine Stelle, die auf Druck schmerzt.</translation>
    </message>
    <message>
        <source>Tender spots (knots)</source>
        <translation>Tastbare Knoten</translation>
    </message>
    <message>
        <source>Where it hurts</source>
        <translation>Wo es wehtut</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>That spot is not one of the muscle areas KnotMap maps. Click inside one of the faint outlines.</source>
        <translation>Diese Stelle gehört zu keinem der Muskelbereiche, die KnotMap kennt. Klicken Sie in einen der blassen Umrisse.</translation>
    </message>
    <message>
        <source>That is outside the body. Click on the figure where it hurts.</source>
        <translation>Das liegt außerhalb des Körpers. Klicken Sie auf die Figur, dort wo es wehtut.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit the figures to the window</source>
        <translation>Figuren an das Fenster anpassen</translation>
    </message>
    <message>
        <source>%1. Arrow keys move, Enter shows what may help here.</source>
        <translation>%1. Pfeiltasten wechseln den Bereich, die Eingabetaste zeigt, was hier helfen kann.</translation>
    </message>
    <message>
        <source>%1. Arrow keys move, Enter logs a knot here.</source>
        <translation>%1. Pfeiltasten wechseln den Bereich, die Eingabetaste erfasst hier einen Knoten.</translation>
    </message>
    <message>
        <source>Click a spot to read what may help there. Saving is off.</source>
        <translation>Klicken Sie auf eine Stelle, um zu lesen, was dort helfen kann. Speichern ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Knot deleted.</source>
        <translation>Knoten gelöscht.</translation>
    </message>
    <message>
        <source>Where you feel pain, which may be far from a knot. Left and right are your own.</source>
        <translation>Wo Sie Schmerz spüren, oft weit weg von einem Knoten. Links und rechts sind Ihre eigenen Seiten.</translation>
    </message>
    <message>
        <source>%1. Arrow keys move, Enter marks pain here.</source>
        <translation>%1. Pfeiltasten bewegen, die Eingabetaste markiert hier Schmerz.</translation>
    </message>
    <message>
        <source>Show the muscles</source>
        <translation>Muskeln zeigen</translation>
    </message>
    <message>
        <source>Select a pain mark to read where it could come from.</source>
        <translation>Wählen Sie eine Schmerzmarkierung, um zu lesen, woher der Schmerz kommen könnte.</translation>
    </message>
    <message>
        <source>Select a knot to see its readings and where it may send pain.</source>
        <translation>Wählen Sie einen Knoten, um seine Werte zu sehen und wohin er Schmerz ausstrahlen kann.</translation>
    </message>
    <message>
        <source>Click where you feel the pain to mark it, even far from your knots; Shift+click marks it over a marker.</source>
        <translation>Klicken Sie dort, wo Sie den Schmerz spüren, auch fern von Ihren Knoten; Umschalt+Klick markiert auch über einer Markierung.</translation>
    </message>
    <message>
        <source>Click where it hurts to log a knot there; Shift+click logs one over a marker.</source>
        <translation>Klicken Sie dort, wo es wehtut, um einen Knoten einzutragen; Umschalt+Klick trägt auch über einer Markierung ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n places eased: their marks are kept in your history.</source>
        <translation>
            <numerusform>%n Stelle abgeklungen: die Markierung bleibt in Ihrem Verlauf.</numerusform>
            <numerusform>%n Stellen abgeklungen: die Markierungen bleiben in Ihrem Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pain was marked along that stroke.</source>
        <translation>Entlang dieses Strichs war kein Schmerz markiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n places marked.</source>
        <translation>
            <numerusform>%n Stelle markiert.</numerusform>
            <numerusform>%n Stellen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those places were already marked.</source>
        <translation>Diese Stellen waren schon markiert.</translation>
    </message>
</context>
<context>
    <name>DataCommand</name>
    <message>
        <source>Restore KnotMap&apos;s database from a backup. Without --yes, only show what the backup holds.</source>
        <translation>Stellt die Datenbank von KnotMap aus einer Sicherung wieder her. Ohne --yes wird nur gezeigt, was die Sicherung enthält.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Die Sicherung, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>The database to restore into.</source>
        <translation>Die Datenbank, in die wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>Restore (the current data is backed up first).</source>
        <translation>Wiederherstellen (die aktuellen Daten werden vorher gesichert).</translation>
    </message>
    <message>
        <source>name one backup file to restore.</source>
        <translation>Geben Sie genau eine Sicherungsdatei zum Wiederherstellen an.</translation>
    </message>
    <message>
        <source>The backup holds %1 check-ins (%2 to %3), %4 knots with %5 readings, and %6 self-care sessions.</source>
        <translation>Die Sicherung enthält %1 Tageseinträge (%2 bis %3), %4 Knoten mit %5 Werten und %6 Selbsthilfe-Sitzungen.</translation>
    </message>
    <message>
        <source>Nothing was changed. Add --yes to restore it.</source>
        <translation>Es wurde nichts verändert. Fügen Sie --yes hinzu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restored. The file that could not be opened is kept, unchanged, as %1.</source>
        <translation>Wiederhergestellt. Die Datei, die sich nicht öffnen ließ, ist unverändert aufbewahrt als %1.</translation>
    </message>
    <message>
        <source>Restored. What the database held before is kept in %1.</source>
        <translation>Wiederhergestellt. Was die Datenbank vorher enthielt, ist aufbewahrt in %1.</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>Die Datenbank, die gelesen wird.</translation>
    </message>
    <message>
        <source>--out is needed: where to write the export.</source>
        <translation>--out fehlt: wohin der Export geschrieben werden soll.</translation>
    </message>
    <message>
        <source>there is no database at %1.</source>
        <translation>unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Read a KnotMap JSON export into the database.</source>
        <translation>Liest einen JSON-Export von KnotMap in die Datenbank ein.</translation>
    </message>
    <message>
        <source>The JSON export to read.</source>
        <translation>Der JSON-Export, der gelesen wird.</translation>
    </message>
    <message>
        <source>The database to import into.</source>
        <translation>Die Datenbank, in die importiert wird.</translation>
    </message>
    <message>
        <source>name one JSON export to import.</source>
        <translation>Geben Sie genau einen JSON-Export zum Importieren an.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing was imported: %1 problem(s) above. Your data is as it was.</source>
        <translation>es wurde nichts importiert: %1 Problem(e), siehe oben. Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Export everything you entered: one JSON file, one CSV file per table, or an HL7 FHIR R4 bundle for a clinic&apos;s system.</source>
        <translation>Exportiert alles, was Sie erfasst haben: eine JSON-Datei, eine CSV-Datei pro Tabelle oder ein HL7-FHIR-R4-Bündel für das System einer Praxis.</translation>
    </message>
    <message>
        <source>json, csv or fhir.</source>
        <translation>json, csv oder fhir.</translation>
    </message>
    <message>
        <source>The JSON or FHIR file, or the folder for the CSV files.</source>
        <translation>Die JSON- oder FHIR-Datei oder der Ordner für die CSV-Dateien.</translation>
    </message>
    <message>
        <source>With fhir: the first day, YYYY-MM-DD (default: the first entry).</source>
        <translation>Mit fhir: der erste Tag, JJJJ-MM-TT (Vorgabe: der erste Eintrag).</translation>
    </message>
    <message>
        <source>With fhir: the last day, YYYY-MM-DD (default: today).</source>
        <translation>Mit fhir: der letzte Tag, JJJJ-MM-TT (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>With fhir: your name for the record (default: no name).</source>
        <translation>Mit fhir: Ihr Name für die Aufzeichnung (Vorgabe: kein Name).</translation>
    </message>
    <message>
        <source>--format must be json, csv or fhir.</source>
        <translation>--format muss json, csv oder fhir sein.</translation>
    </message>
    <message>
        <source>--from, --to and --name go with --format fhir only: the other formats hold everything.</source>
        <translation>--from, --to und --name gehören nur zu --format fhir: Die anderen Formate enthalten alles.</translation>
    </message>
    <message>
        <source>--%1 “%2” is not a date like 2026-03-01.</source>
        <translation>--%1 „%2“ ist kein Datum wie 2026-03-01.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows that were in the database already.</source>
        <translation>
            <numerusform>1 Zeile übersprungen, die schon in der Datenbank war.</numerusform>
            <numerusform>%n Zeilen übersprungen, die schon in der Datenbank waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Everything you record stays in one file on this computer, readable by you only.</source>
        <translation>Alles, was Sie erfassen, bleibt in einer Datei auf diesem Computer, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>KnotMap copies your data once a day when it starts, and before it updates the file for a new version. It keeps the newest copy of each of the last 7 days and of 4 earlier weeks, in %1.</source>
        <translation>KnotMap kopiert Ihre Daten einmal am Tag beim Start und bevor es die Datei für eine neue Version umstellt. Es behält die neueste Kopie jedes der letzten 7 Tage und von 4 Wochen davor, in %1.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Letzte Sicherung: %1</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore the backup of %1</source>
        <translation>Die Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Export und Import</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren …</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <source>Import a JSON export…</source>
        <translation>JSON-Export importieren …</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translation>und %1 weitere.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>What you have now will be replaced by it. It is backed up first, so you can go back.</source>
        <translation>Was Sie jetzt haben, wird dadurch ersetzt. Es wird vorher gesichert, Sie können also zurück.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Take everything you entered with you, as one JSON file or as spreadsheet-ready CSV files, or bring a JSON export back in. An import is checked first: if any row is wrong, nothing is added. A clinic whose system reads HL7 FHIR can take in the FHIR record.</source>
        <translation>Nehmen Sie alles, was Sie erfasst haben, mit: als eine JSON-Datei oder als CSV-Dateien für Tabellenprogramme, oder holen Sie einen JSON-Export zurück. Ein Import wird zuerst geprüft: Ist eine Zeile falsch, wird nichts hinzugefügt. Eine Praxis, deren System HL7 FHIR liest, kann die FHIR-Aufzeichnung übernehmen.</translation>
    </message>
    <message>
        <source>Export for a clinic (FHIR)…</source>
        <translation>Für eine Praxis exportieren (FHIR) …</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Wo Sie leben</translation>
    </message>
    <message>
        <source>If a warning sign needs care, KnotMap tells you which number to call in your country.</source>
        <translation>Wenn ein Warnzeichen ärztliche Hilfe braucht, nennt KnotMap Ihnen die Nummer, die Sie in Ihrem Land anrufen.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Ihr Land</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>Im Notfall rufen Sie die örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>In an emergency: %1.</source>
        <translation>Im Notfall: %1.</translation>
    </message>
    <message>
        <source>In an emergency: %1. For urgent advice: %2.</source>
        <translation>Im Notfall: %1. Für dringenden ärztlichen Rat: %2.</translation>
    </message>
    <message>
        <source>Your health history</source>
        <translation>Ihre Vorgeschichte</translation>
    </message>
    <message>
        <source>These decide which warning signs KnotMap asks about and how seriously it takes a yes. On their own they never raise a warning. Each change is kept with its date.</source>
        <translation>Davon hängt ab, nach welchen Warnzeichen KnotMap fragt und wie ernst es ein Ja nimmt. Für sich allein lösen sie nie eine Warnung aus. Jede Änderung wird mit ihrem Datum aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>EmergencyNotice</name>
    <message>
        <source>Please get emergency care now</source>
        <translation>Bitte suchen Sie jetzt Notfallhilfe</translation>
    </message>
    <message>
        <source>You answered yes to: “%1”</source>
        <translation>Sie haben mit Ja beantwortet: „%1“</translation>
    </message>
    <message>
        <source>KnotMap will not show self-care advice while this answer stands.</source>
        <translation>Solange diese Antwort gilt, zeigt KnotMap keine Hinweise zur Selbsthilfe.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Ich habe verstanden</translation>
    </message>
    <message>
        <source>I answered by mistake</source>
        <translation>Ich habe mich vertan</translation>
    </message>
    <message>
        <source>This can be a sign of something serious that needs a doctor straight away, not self-care. Call %1 or go to the nearest emergency department now.</source>
        <translation>Das kann ein Zeichen für etwas Ernstes sein, das sofort ärztliche Hilfe braucht, keine Selbsthilfe. Rufen Sie jetzt %1 an oder gehen Sie in die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>This can be a sign of something serious that needs a doctor straight away, not self-care. Call your local emergency number or go to the nearest emergency department now.</source>
        <translation>Das kann ein Zeichen für etwas Ernstes sein, das sofort ärztliche Hilfe braucht, keine Selbsthilfe. Rufen Sie jetzt die örtliche Notrufnummer an oder gehen Sie in die nächste Notaufnahme.</translation>
    </message>
</context>
<context>
    <name>Expander</name>
    <message>
        <source>Open: select to close</source>
        <translation>Offen: zum Schließen auswählen</translation>
    </message>
    <message>
        <source>Closed: select to open</source>
        <translation>Geschlossen: zum Öffnen auswählen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No check-ins yet. Record today&apos;s pain on the Today page, and your days will build up here.</source>
        <translation>Noch keine Tageseinträge. Erfassen Sie den heutigen Schmerz auf der Seite „Heute“, dann sammeln sich Ihre Tage hier.</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Daily pain chart. %1</source>
        <translation>Diagramm des täglichen Schmerzes. %1</translation>
    </message>
    <message>
        <source>Use the left and right arrow keys to read each day.</source>
        <translation>Mit den Pfeiltasten links und rechts lesen Sie jeden Tag.</translation>
    </message>
    <message>
        <source>Point at a day, or select the chart and use the arrow keys, to read its values.</source>
        <translation>Zeigen Sie auf einen Tag, oder wählen Sie das Diagramm und nutzen Sie die Pfeiltasten, um seine Werte zu lesen.</translation>
    </message>
    <message>
        <source>What helps</source>
        <translation>Was hilft</translation>
    </message>
    <message>
        <source>No self-care sessions in this range. Time one on the Self-care page, and rate the knot before and after, to see what helps you.</source>
        <translation>Keine Selbsthilfe-Sitzungen in diesem Zeitraum. Machen Sie eine mit dem Zeitgeber auf der Seite „Selbsthilfe“ und bewerten Sie den Knoten davor und danach, dann sehen Sie, was Ihnen hilft.</translation>
    </message>
    <message>
        <source>What goes with worse days</source>
        <translation>Was mit schlechteren Tagen einhergeht</translation>
    </message>
    <message>
        <source>How each daily factor moved with your average pain, from 14 days with both on. These are things that go together in your own log; they do not show that one causes the other. ● marks a moderate or strong link; those come first.</source>
        <translation>Wie sich jeder Tagesfaktor mit Ihrem durchschnittlichen Schmerz bewegt hat, ab 14 Tagen mit beiden Angaben. Das sind Dinge, die in Ihrem eigenen Tagebuch zusammen auftreten; sie zeigen nicht, dass das eine das andere verursacht. ● kennzeichnet einen mittleren oder starken Zusammenhang; diese stehen vorn.</translation>
    </message>
    <message>
        <source>, notable</source>
        <translation>, auffällig</translation>
    </message>
    <message>
        <source>No daily factors recorded in this range. Add sleep, sitting, stress and the rest under &quot;What may drive it&quot; on the Today page.</source>
        <translation>Keine Tagesfaktoren in diesem Zeitraum erfasst. Tragen Sie Schlaf, Sitzen, Stress und mehr unter „Was dazu beitragen kann“ auf der Seite „Heute“ ein.</translation>
    </message>
    <message>
        <source>Where on the body</source>
        <translation>Wo am Körper</translation>
    </message>
    <message>
        <source>Deeper colour: knots logged more often and more tender in this range. Hatching: where pain was felt.</source>
        <translation>Kräftigere Farbe: Knoten, die in diesem Zeitraum öfter und mit mehr Druckschmerz erfasst wurden. Schraffur: wo Schmerz gespürt wurde.</translation>
    </message>
    <message>
        <source>No knot readings or pain marks in this range.</source>
        <translation>Keine Knotenwerte oder Schmerzmarkierungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Each knot&apos;s story</source>
        <translation>Die Geschichte jedes Knotens</translation>
    </message>
    <message>
        <source>The knots you had in this range. Choose one to see how it went.</source>
        <translation>Die Knoten, die Sie in diesem Zeitraum hatten. Wählen Sie einen aus, um zu sehen, wie es ihm ergangen ist.</translation>
    </message>
    <message>
        <source>%1, %2, %3. Open its story.</source>
        <translation>%1, %2, %3. Seine Geschichte öffnen.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>latest %1/10</source>
        <translation>zuletzt %1/10</translation>
    </message>
    <message>
        <source>Daily check-ins, newest first</source>
        <translation>Tageseinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>Average %1 · now %2 · worst %3 · least %4</source>
        <translation>Durchschnitt %1 · jetzt %2 · am stärksten %3 · am geringsten %4</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>Heavy lifting</source>
        <translation>Schweres Heben</translation>
    </message>
    <message>
        <source>a weak link</source>
        <translation>ein schwacher Zusammenhang</translation>
    </message>
    <message>
        <source>a moderate link</source>
        <translation>ein mittlerer Zusammenhang</translation>
    </message>
    <message>
        <source>a strong link</source>
        <translation>ein starker Zusammenhang</translation>
    </message>
    <message>
        <source>no clear link</source>
        <translation>kein klarer Zusammenhang</translation>
    </message>
    <message>
        <source>Average pain %1 on the one day with a check-in; at its worst %2, at its least %3.</source>
        <translation>Durchschnittlicher Schmerz %1 an dem einen Tag mit Eintrag; am stärksten %2, am geringsten %3.</translation>
    </message>
    <message>
        <source>Average pain %1 over %2 days with a check-in; at its worst %3, at its least %4.</source>
        <translation>Durchschnittlicher Schmerz %1 an %2 Tagen mit Eintrag; am stärksten %3, am geringsten %4.</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>Average pain fell from %1 in the first week to %2 in the last, %3 lower: a change most people feel as better (2 points or 30% is the usual mark).</source>
        <translation>Der durchschnittliche Schmerz sank von %1 in der ersten Woche auf %2 in der letzten, um %3: eine Veränderung, die die meisten Menschen als Besserung spüren (2 Punkte oder 30 % sind die übliche Schwelle).</translation>
    </message>
    <message>
        <source>Average pain rose from %1 in the first week to %2 in the last, %3 higher.</source>
        <translation>Der durchschnittliche Schmerz stieg von %1 in der ersten Woche auf %2 in der letzten, um %3.</translation>
    </message>
    <message>
        <source>Average pain went from %1 in the first week to %2 in the last: less than the 2 points or 30% most people feel as a real change.</source>
        <translation>Der durchschnittliche Schmerz ging von %1 in der ersten Woche auf %2 in der letzten: weniger als die 2 Punkte oder 30 %, die die meisten Menschen als echte Veränderung spüren.</translation>
    </message>
    <message>
        <source>Your pain has not clearly improved after more than six weeks of logging. Please book an appointment with your doctor or a physiotherapist to have it looked at.</source>
        <translation>Ihr Schmerz hat sich nach mehr als sechs Wochen Tagebuch nicht deutlich gebessert. Bitte vereinbaren Sie einen Termin bei Ihrer Ärztin, Ihrem Arzt oder in der Physiotherapie, damit es untersucht wird.</translation>
    </message>
    <message>
        <source>Your pain has not clearly improved after two weeks of logging. A physiotherapist or doctor can look for what keeps it going; it may be worth booking a visit.</source>
        <translation>Ihr Schmerz hat sich nach zwei Wochen Tagebuch nicht deutlich gebessert. In der Physiotherapie oder ärztlich lässt sich herausfinden, was ihn aufrechterhält; ein Termin kann sich lohnen.</translation>
    </message>
    <message>
        <source>%1 of %2 sessions rated before and after; from %3 KnotMap shows the average change.</source>
        <translation>%1 von %2 Sitzungen davor und danach bewertet; ab %3 zeigt KnotMap die durchschnittliche Veränderung.</translation>
    </message>
    <message>
        <source>Tenderness was about the same before and after, over %1 rated sessions.</source>
        <translation>Der Druckschmerz war davor und danach etwa gleich, über %1 bewertete Sitzungen.</translation>
    </message>
    <message>
        <source>Tenderness fell by %1 on average from before to after, over %2 rated sessions.</source>
        <translation>Der Druckschmerz sank im Durchschnitt um %1 von davor zu danach, über %2 bewertete Sitzungen.</translation>
    </message>
    <message>
        <source>Tenderness rose by %1 on average from before to after, over %2 rated sessions.</source>
        <translation>Der Druckschmerz stieg im Durchschnitt um %1 von davor zu danach, über %2 bewertete Sitzungen.</translation>
    </message>
    <message>
        <source>Hours sitting</source>
        <translation>Stunden im Sitzen</translation>
    </message>
    <message>
        <source>Movement breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>Sleep quality (0-10)</source>
        <translation>Schlafqualität (0–10)</translation>
    </message>
    <message>
        <source>Stress (0-10)</source>
        <translation>Stress (0–10)</translation>
    </message>
    <message>
        <source>Glasses of water</source>
        <translation>Gläser Wasser</translation>
    </message>
    <message>
        <source>Minutes of exercise</source>
        <translation>Minuten Bewegung</translation>
    </message>
    <message>
        <source>Awkward sleeping position</source>
        <translation>Ungünstige Schlafhaltung</translation>
    </message>
    <message>
        <source>Not recorded in this range.</source>
        <translation>In diesem Zeitraum nicht erfasst.</translation>
    </message>
    <message>
        <source>Next day: %1 of the %2 paired days needed so far.</source>
        <translation>Am Folgetag: %1 der nötigen %2 Tagespaare bisher.</translation>
    </message>
    <message>
        <source>Same day: %1 of the %2 paired days needed so far.</source>
        <translation>Am selben Tag: %1 der nötigen %2 Tagespaare bisher.</translation>
    </message>
    <message>
        <source>Next day: it did not vary enough to compare.</source>
        <translation>Am Folgetag: zu wenig Schwankung für einen Vergleich.</translation>
    </message>
    <message>
        <source>Same day: it did not vary enough to compare.</source>
        <translation>Am selben Tag: zu wenig Schwankung für einen Vergleich.</translation>
    </message>
    <message>
        <source>more pain</source>
        <translation>mehr Schmerz</translation>
    </message>
    <message>
        <source>less pain</source>
        <translation>weniger Schmerz</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Easing</source>
        <translation>Lässt nach</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ab­ge­klungen</translation>
    </message>
    <message>
        <source>more hours sitting</source>
        <translation>mehr Stunden im Sitzen</translation>
    </message>
    <message>
        <source>more movement breaks</source>
        <translation>mehr Bewegungspausen</translation>
    </message>
    <message>
        <source>more hours of sleep</source>
        <translation>mehr Stunden Schlaf</translation>
    </message>
    <message>
        <source>better sleep</source>
        <translation>besserer Schlaf</translation>
    </message>
    <message>
        <source>more stress</source>
        <translation>mehr Stress</translation>
    </message>
    <message>
        <source>more water</source>
        <translation>mehr Wasser</translation>
    </message>
    <message>
        <source>more exercise</source>
        <translation>mehr Bewegung</translation>
    </message>
    <message>
        <source>sleeping in an awkward position</source>
        <translation>Schlafen in ungünstiger Haltung</translation>
    </message>
    <message>
        <source>heavy lifting</source>
        <translation>schweres Heben</translation>
    </message>
    <message numerus="yes">
        <source>Yes on %1% of %n days recorded.</source>
        <translation>
            <numerusform>Ja an %1% von 1 erfassten Tag.</numerusform>
            <numerusform>Ja an %1% von %n erfassten Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average, over %n days recorded.</source>
        <translation>
            <numerusform>Im Schnitt %1 am Tag, über 1 erfassten Tag.</numerusform>
            <numerusform>Im Schnitt %1 am Tag, über %n erfasste Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day: no clear link with pain (%n days).</source>
        <translation>
            <numerusform>Am Folgetag: kein klarer Zusammenhang mit Schmerz (1 Tag).</numerusform>
            <numerusform>Am Folgetag: kein klarer Zusammenhang mit Schmerz (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same day: no clear link with pain (%n days).</source>
        <translation>
            <numerusform>Am selben Tag: kein klarer Zusammenhang mit Schmerz (1 Tag).</numerusform>
            <numerusform>Am selben Tag: kein klarer Zusammenhang mit Schmerz (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next day: %1 went together with %2 the following day, %3 (%n days).</source>
        <translation>
            <numerusform>Am Folgetag: %1 ging mit %2 am nächsten Tag einher, %3 (1 Tag).</numerusform>
            <numerusform>Am Folgetag: %1 ging mit %2 am nächsten Tag einher, %3 (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same day: %1 went together with %2 that day, %3 (%n days).</source>
        <translation>
            <numerusform>Am selben Tag: %1 ging mit %2 an diesem Tag einher, %3 (1 Tag).</numerusform>
            <numerusform>Am selben Tag: %1 ging mit %2 an diesem Tag einher, %3 (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No moderate or strong link (%n days).</source>
        <translation>
            <numerusform>Kein mittlerer oder starker Zusammenhang (1 Tag).</numerusform>
            <numerusform>Kein mittlerer oder starker Zusammenhang (%n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1: your pain there lies in the area this knot commonly sends pain to.</source>
        <translation>%1: Ihr Schmerz dort liegt in dem Bereich, in den dieser Knoten häufig Schmerz ausstrahlt.</translation>
    </message>
    <message>
        <source>%1: your pain there lies in the area this knot sometimes sends pain to.</source>
        <translation>%1: Ihr Schmerz dort liegt in dem Bereich, in den dieser Knoten manchmal Schmerz ausstrahlt.</translation>
    </message>
    <message numerus="yes">
        <source>Pain extent on the last day: %1% of the body&apos;s surface (%n places); at most %2% on %3.</source>
        <translation>
            <numerusform>Schmerzausdehnung am letzten Tag: %1% der Körperoberfläche (%n Stelle); höchstens %2% am %3.</numerusform>
            <numerusform>Schmerzausdehnung am letzten Tag: %1% der Körperoberfläche (%n Stellen); höchstens %2% am %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnotMarker</name>
    <message>
        <source>Knot at %1, tenderness %2 of 10</source>
        <translation>Knoten bei %1, Druckschmerz %2 von 10</translation>
    </message>
</context>
<context>
    <name>KnotPanel</name>
    <message>
        <source>Close the knot&apos;s details</source>
        <translation>Details zum Knoten schließen</translation>
    </message>
    <message>
        <source>Likely muscle: %1</source>
        <translation>Wahrscheinlicher Muskel: %1</translation>
    </message>
    <message>
        <source>%1 · first noted %2</source>
        <translation>%1 · zuerst erfasst am %2</translation>
    </message>
    <message>
        <source>Log today&apos;s tenderness</source>
        <translation>Heutigen Druckschmerz erfassen</translation>
    </message>
    <message>
        <source>Time a self-care session on it</source>
        <translation>Eine Selbsthilfe-Sitzung daran mit Zeitgeber machen</translation>
    </message>
    <message>
        <source>Edit latest reading</source>
        <translation>Letzten Wert bearbeiten</translation>
    </message>
    <message>
        <source>Mark active again</source>
        <translation>Wieder als aktiv markieren</translation>
    </message>
    <message>
        <source>Mark easing</source>
        <translation>Als nachlassend markieren</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Als abgeklungen markieren</translation>
    </message>
    <message>
        <source>Delete knot</source>
        <translation>Knoten löschen</translation>
    </message>
    <message>
        <source>Tenderness, oldest to newest</source>
        <translation>Druckschmerz, vom ältesten zum neuesten</translation>
    </message>
    <message>
        <source>Tenderness readings: %1</source>
        <translation>Druckschmerz-Werte: %1</translation>
    </message>
    <message>
        <source>%1: %2 of 10%3</source>
        <translation>%1: %2 von 10%3</translation>
    </message>
    <message>
        <source>Where it may send pain, on the figure</source>
        <translation>Wohin er Schmerz ausstrahlen kann, auf der Figur</translation>
    </message>
    <message>
        <source>commonly</source>
        <translation>häufig</translation>
    </message>
    <message>
        <source>sometimes</source>
        <translation>manchmal</translation>
    </message>
    <message>
        <source>the knot</source>
        <translation>der Knoten</translation>
    </message>
    <message>
        <source>A commonly described pattern, not proof that this knot causes that pain.</source>
        <translation>Ein häufig beschriebenes Muster, kein Beweis, dass dieser Knoten den Schmerz verursacht.</translation>
    </message>
    <message>
        <source>A commonly described pattern, not a diagnosis.</source>
        <translation>Ein häufig beschriebenes Muster, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>KnotSheet</name>
    <message>
        <source>Log a knot</source>
        <translation>Einen Knoten erfassen</translation>
    </message>
    <message>
        <source>Log today&apos;s tenderness</source>
        <translation>Heutigen Druckschmerz erfassen</translation>
    </message>
    <message>
        <source>Edit a reading</source>
        <translation>Einen Wert bearbeiten</translation>
    </message>
    <message>
        <source>Hide what KnotMap knows about this spot</source>
        <translation>Ausblenden, was KnotMap über diese Stelle weiß</translation>
    </message>
    <message>
        <source>What KnotMap knows about this spot</source>
        <translation>Was KnotMap über diese Stelle weiß</translation>
    </message>
    <message>
        <source>How tender is it when you press it?</source>
        <translation>Wie stark schmerzt es, wenn Sie darauf drücken?</translation>
    </message>
    <message>
        <source>How does it feel? (choose any)</source>
        <translation>Wie fühlt es sich an? (beliebig viele)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>What were you doing when you noticed it?</source>
        <translation>Was haben Sie gemacht, als Sie es bemerkt haben?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When (date and time)</source>
        <translation>Wann (Datum und Uhrzeit)</translation>
    </message>
    <message>
        <source>When, as year-month-day hours:minutes</source>
        <translation>Wann, als Jahr-Monat-Tag Stunden:Minuten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save knot</source>
        <translation>Knoten speichern</translation>
    </message>
    <message>
        <source>Save reading</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <source>Which muscle? Several lie here, the one under the skin first.</source>
        <translation>Welcher Muskel? Hier liegen mehrere, der unter der Haut zuerst.</translation>
    </message>
    <message>
        <source>Under the skin</source>
        <translation>Unter der Haut</translation>
    </message>
    <message>
        <source>Deeper, layer %1</source>
        <translation>Tiefer, Schicht %1</translation>
    </message>
</context>
<context>
    <name>KnotStorySheet</name>
    <message>
        <source>Likely muscle: %1</source>
        <translation>Wahrscheinlicher Muskel: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Where this knot is: %1</source>
        <translation>Wo dieser Knoten liegt: %1</translation>
    </message>
    <message>
        <source>Tenderness over time</source>
        <translation>Druckschmerz im Zeitverlauf</translation>
    </message>
    <message>
        <source>Tenderness readings, oldest first: %1</source>
        <translation>Druckschmerz-Werte, älteste zuerst: %1</translation>
    </message>
    <message>
        <source>Dots: tenderness readings (0-10). Triangles: self-care sessions on this knot.</source>
        <translation>Punkte: Druckschmerz-Werte (0–10). Dreiecke: Selbsthilfe-Sitzungen an diesem Knoten.</translation>
    </message>
    <message>
        <source>What happened, newest first</source>
        <translation>Was geschah, neueste zuerst</translation>
    </message>
    <message>
        <source>The story of a knot: %1</source>
        <translation>Die Geschichte eines Knotens: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbsthilfe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>KnotMap – demo data</source>
        <translation>KnotMap – Beispieldaten</translation>
    </message>
    <message>
        <source>KnotMap – read-only</source>
        <translation>KnotMap – nur lesen</translation>
    </message>
    <message>
        <source>KnotMap</source>
        <translation>KnotMap</translation>
    </message>
    <message>
        <source>Time for a movement break: stand up, walk about and stretch gently for a minute or two.</source>
        <translation>Zeit für eine Bewegungspause: Stehen Sie auf, gehen Sie ein paar Schritte und dehnen Sie sich ein, zwei Minuten sanft.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; KnotMap opened this database without changing it, because %1. You can look at everything; saving is off.</source>
        <translation>&lt;b&gt;Nur lesen.&lt;/b&gt; KnotMap hat diese Datenbank geöffnet, ohne sie zu verändern, weil %1. Sie können alles ansehen; Speichern ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>KnotMap informs and records what you enter. It does not diagnose.</source>
        <translation>KnotMap informiert und hält fest, was Sie eingeben. Es stellt keine Diagnose.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your database may be damaged.&lt;/b&gt; %1 On Your data you can restore one of the earlier backups.</source>
        <translation>&lt;b&gt;Ihre Datenbank ist möglicherweise beschädigt.&lt;/b&gt; %1 Unter „Ihre Daten“ können Sie eine der früheren Sicherungen wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>KnotMap</source>
        <translation>KnotMap</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Answer the questions about symptoms that need a clinician</source>
        <translation>Die Fragen zu Beschwerden beantworten, die ärztlich abgeklärt werden sollten</translation>
    </message>
</context>
<context>
    <name>PainArea</name>
    <message>
        <source>Front of the body, left side</source>
        <translation>Vorderseite des Körpers, linke Seite</translation>
    </message>
    <message>
        <source>Back of the body, left side</source>
        <translation>Rückseite des Körpers, linke Seite</translation>
    </message>
    <message>
        <source>Front of the body, right side</source>
        <translation>Vorderseite des Körpers, rechte Seite</translation>
    </message>
    <message>
        <source>Back of the body, right side</source>
        <translation>Rückseite des Körpers, rechte Seite</translation>
    </message>
    <message>
        <source>Front of the body, middle</source>
        <translation>Vorderseite des Körpers, Mitte</translation>
    </message>
    <message>
        <source>Back of the body, middle</source>
        <translation>Rückseite des Körpers, Mitte</translation>
    </message>
</context>
<context>
    <name>PainBrush</name>
    <message>
        <source>Draw by dragging</source>
        <translation>Zeichnen durch Ziehen</translation>
    </message>
    <message>
        <source>How strong the pain you draw is, 0 to 10</source>
        <translation>Wie stark der gezeichnete Schmerz ist, 0 bis 10</translation>
    </message>
    <message>
        <source>any feeling</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>How the pain you draw feels</source>
        <translation>Wie sich der gezeichnete Schmerz anfühlt</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Radieren</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>No check-ins in this range.</source>
        <translation>Keine Tageseinträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Durchschnittlicher Schmerz</translation>
    </message>
    <message>
        <source>Pain at check-in</source>
        <translation>Schmerz beim Eintrag</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Self-care that day</source>
        <translation>Selbsthilfe an diesem Tag</translation>
    </message>
    <message>
        <source>Pain extent, the share of the body marked painful (highest %1%)</source>
        <translation>Schmerzausdehnung, der als schmerzhaft markierte Anteil des Körpers (höchstens %1%)</translation>
    </message>
</context>
<context>
    <name>PainMarker</name>
    <message>
        <source>Pain felt here, the worst: %1</source>
        <translation>Hier gespürter Schmerz, am stärksten: %1</translation>
    </message>
    <message>
        <source>Pain felt here: %1</source>
        <translation>Hier gespürter Schmerz: %1</translation>
    </message>
    <message>
        <source>Felt as %1</source>
        <translation>Gespürt als %1</translation>
    </message>
</context>
<context>
    <name>PainPanel</name>
    <message>
        <source>Pain felt here</source>
        <translation>Hier gespürter Schmerz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Pain is often felt away from the knot that causes it, so this can be far from your knots.</source>
        <translation>Schmerz wird oft weit weg von dem Knoten gespürt, der ihn auslöst; diese Stelle kann also fern von Ihren Knoten liegen.</translation>
    </message>
    <message>
        <source>Marked as hurting most</source>
        <translation>Als am stärksten schmerzend markiert</translation>
    </message>
    <message>
        <source>This hurts most</source>
        <translation>Das schmerzt am meisten</translation>
    </message>
    <message>
        <source>No longer hurts</source>
        <translation>Schmerzt nicht mehr</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Where could this come from?</source>
        <translation>Woher könnte das kommen?</translation>
    </message>
    <message>
        <source>KnotMap knows no muscle that commonly sends pain to this spot.</source>
        <translation>KnotMap kennt keinen Muskel, der häufig Schmerz an diese Stelle sendet.</translation>
    </message>
    <message>
        <source>(sometimes)</source>
        <translation>(manchmal)</translation>
    </message>
    <message>
        <source>Hide them on the map</source>
        <translation>Auf der Karte ausblenden</translation>
    </message>
    <message>
        <source>Show them on the map</source>
        <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
        <source>These are commonly described patterns, not a diagnosis: feel those muscles on the same side for a tender knot.</source>
        <translation>Das sind häufig beschriebene Muster, keine Diagnose: Tasten Sie diese Muskeln auf derselben Seite nach einem druckempfindlichen Knoten ab.</translation>
    </message>
    <message>
        <source>What does it feel like? (choose any)</source>
        <translation>Wie fühlt es sich an? (beliebig viele)</translation>
    </message>
    <message numerus="yes">
        <source>%n muscles are equally likely by the patterns KnotMap knows, so all are listed; those whose pattern also covers your other marked pain come first.</source>
        <translation>
            <numerusform>%n Muskel ist nach den Mustern, die KnotMap kennt, gleich wahrscheinlich; alle sind aufgeführt, zuerst die, deren Muster auch Ihre anderen markierten Schmerzen abdeckt.</numerusform>
            <numerusform>%n Muskeln sind nach den Mustern, die KnotMap kennt, gleich wahrscheinlich; alle sind aufgeführt, zuerst die, deren Muster auch Ihre anderen markierten Schmerzen abdeckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>How strong is it there?</source>
        <translation>Wie stark ist er dort?</translation>
    </message>
</context>
<context>
    <name>PlainButton</name>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Gerade nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>PrimaryButton</name>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Not available now</source>
        <translation>Gerade nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>RedFlagSheet</name>
    <message>
        <source>A few safety questions</source>
        <translation>Ein paar Fragen zur Sicherheit</translation>
    </message>
    <message>
        <source>Some symptoms need a clinician rather than self-care. Please answer each question; your answers are kept with their date for your physiotherapist.</source>
        <translation>Manche Beschwerden brauchen ärztliche Hilfe statt Selbsthilfe. Bitte beantworten Sie jede Frage; Ihre Antworten werden mit Datum für Ihre Physiotherapie aufbewahrt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Answer every question to save.</source>
        <translation>Beantworten Sie jede Frage, um zu speichern.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Save answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Use answers (not saved)</source>
        <translation>Antworten verwenden (nicht gespeichert)</translation>
    </message>
    <message>
        <source>About your health</source>
        <translation>Zu Ihrer Gesundheit</translation>
    </message>
    <message>
        <source>Asked once, and kept on Your data, where you can change them. They decide which questions below apply to you; on their own they never raise a warning.</source>
        <translation>Einmal gefragt und unter „Ihre Daten“ aufbewahrt, wo Sie sie ändern können. Sie entscheiden, welche der Fragen darunter für Sie gelten; für sich allein lösen sie nie eine Warnung aus.</translation>
    </message>
    <message>
        <source>That year is not possible.</source>
        <translation>Dieses Jahr ist nicht möglich.</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Movement breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <source>While KnotMap is open it can remind you to stand up and move, as sitting still for long stretches feeds knots.</source>
        <translation>Solange KnotMap offen ist, kann es Sie daran erinnern, aufzustehen und sich zu bewegen, denn langes Stillsitzen begünstigt Knoten.</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnern</translation>
    </message>
    <message>
        <source>Every how many minutes</source>
        <translation>Alle wie viele Minuten</translation>
    </message>
    <message>
        <source>minutes, quiet from</source>
        <translation>Minuten, Ruhe von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Muscle knot summary</source>
        <translation>Zusammenfassung zu Muskelknoten</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Für: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Days with a pain check-in: %1 of %2</source>
        <translation>Tage mit Schmerzeintrag: %1 von %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>No knot readings in this range.</source>
        <translation>Keine Knotenwerte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Main knot areas: %1.</source>
        <translation>Hauptbereiche der Knoten: %1.</translation>
    </message>
    <message>
        <source>Too few check-ins in the first and last week of the range to compare them (3 in each are needed).</source>
        <translation>Zu wenige Tageseinträge in der ersten und letzten Woche des Zeitraums für einen Vergleich (je 3 sind nötig).</translation>
    </message>
    <message>
        <source>No pain check-ins in this range.</source>
        <translation>Keine Schmerzeinträge in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>No self-care sessions were logged in this range.</source>
        <translation>In diesem Zeitraum wurden keine Selbsthilfe-Sitzungen erfasst.</translation>
    </message>
    <message>
        <source>No warning-sign question was answered yes in this range.</source>
        <translation>In diesem Zeitraum wurde keine Warnzeichen-Frage mit Ja beantwortet.</translation>
    </message>
    <message>
        <source>Warning-sign questions answered yes: %1</source>
        <translation>Mit Ja beantwortete Warnzeichen-Fragen: %1</translation>
    </message>
    <message>
        <source>Pain over time (0-10)</source>
        <translation>Schmerz im Zeitverlauf (0–10)</translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation>Körperschema</translation>
    </message>
    <message>
        <source>Left and right are the person&apos;s own. Circles: knots, numbered as in the table below. Hatching and diamonds: where pain was felt; X: the worst pain.</source>
        <translation>Links und rechts sind die Seiten der Person. Kreise: Knoten, nummeriert wie in der Tabelle unten. Schraffur und Rauten: wo Schmerz gespürt wurde; X: der stärkste Schmerz.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Knots</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>No knots were present in this range.</source>
        <translation>In diesem Zeitraum gab es keine Knoten.</translation>
    </message>
    <message>
        <source> (down from %1)</source>
        <translation> (gesunken von %1)</translation>
    </message>
    <message>
        <source> (up from %1)</source>
        <translation> (gestiegen von %1)</translation>
    </message>
    <message>
        <source> (same)</source>
        <translation> (gleich)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Likely muscle</source>
        <translation>Wahr­schein­licher Muskel</translation>
    </message>
    <message>
        <source>First noted</source>
        <translation>Zuerst erfasst</translation>
    </message>
    <message>
        <source>Latest tenderness</source>
        <translation>Letzter Druck­schmerz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sit­zungen</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Selbsthilfe</translation>
    </message>
    <message>
        <source>No self-care sessions in this range.</source>
        <translation>Keine Selbsthilfe-Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 rated; too few to say</source>
        <translation>%1 bewertet; zu wenige für eine Aussage</translation>
    </message>
    <message>
        <source>%1%2 (%3 rated)</source>
        <translation>%1%2 (%3 bewertet)</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Tenderness change, before to after</source>
        <translation>Veränderung des Druckschmerzes, davor zu danach</translation>
    </message>
    <message>
        <source>Daily factors</source>
        <translation>Tagesfaktoren</translation>
    </message>
    <message>
        <source>No daily factors were recorded in this range.</source>
        <translation>In diesem Zeitraum wurden keine Tagesfaktoren erfasst.</translation>
    </message>
    <message>
        <source>How each factor moved with the day&apos;s average pain (rank correlation, from 14 paired days; moderate or strong links shown). These go together in the log; they do not show a cause.</source>
        <translation>Wie sich jeder Faktor mit dem durchschnittlichen Tagesschmerz bewegt hat (Rangkorrelation, ab 14 Tagespaaren; mittlere oder starke Zusammenhänge gezeigt). Diese Dinge treten im Tagebuch zusammen auf; sie zeigen keine Ursache.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Notable links with pain</source>
        <translation>Auffällige Zusammenhänge mit dem Schmerz</translation>
    </message>
    <message>
        <source>Warning-sign screening</source>
        <translation>Abfrage von Warnzeichen</translation>
    </message>
    <message>
        <source>No warning-sign questions were answered in this range.</source>
        <translation>In diesem Zeitraum wurden keine Warnzeichen-Fragen beantwortet.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes in this range.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Knot K%1</source>
        <translation>Knoten K%1</translation>
    </message>
    <message>
        <source>Session on K%1</source>
        <translation>Sitzung an K%1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>KnotMap records what the person entered. It does not diagnose; these notes are for a clinician to interpret.</source>
        <translation>KnotMap hält fest, was die Person eingegeben hat. Es stellt keine Diagnose; die Deutung dieser Angaben ist Sache von Fachleuten.</translation>
    </message>
    <message>
        <source>KnotMap summary</source>
        <translation>KnotMap-Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Made %1 with KnotMap from what the person recorded. Not a diagnosis.</source>
        <translation>Erstellt am %1 mit KnotMap aus den Angaben der Person. Keine Diagnose.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was written there.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden. Dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: the disk may be full. Nothing was written there; a file that was there before is unchanged.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden: Der Datenträger ist vielleicht voll. Dort wurde nichts geschrieben; eine Datei, die dort schon lag, ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Range: %1 to %2 (%n days)</source>
        <translation>
            <numerusform>Zeitraum: %1 bis %2 (1 Tag)</numerusform>
            <numerusform>Zeitraum: %1 bis %2 (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-care: %n sessions, %1 in all, on %2 of %3 days: %4.</source>
        <translation>
            <numerusform>Selbsthilfe: 1 Sitzung, insgesamt %1, an %2 von %3 Tagen: %4.</numerusform>
            <numerusform>Selbsthilfe: %n Sitzungen, insgesamt %1, an %2 von %3 Tagen: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where pain was felt</source>
        <translation>Wo Schmerz gespürt wurde</translation>
    </message>
    <message>
        <source>No pain was marked on the body in this range.</source>
        <translation>In diesem Zeitraum wurde kein Schmerz am Körper markiert.</translation>
    </message>
    <message>
        <source> (X: the worst)</source>
        <translation> (X: am stärksten)</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>noch da</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Felt as</source>
        <translation>Gespürt als</translation>
    </message>
    <message>
        <source>First marked</source>
        <translation>Zuerst markiert</translation>
    </message>
    <message>
        <source>Eased</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Pain in the knots&apos; referral areas (commonly described patterns, not proof of a cause):</source>
        <translation>Schmerz in den Ausstrahlungsbereichen der Knoten (häufig beschriebene Muster, kein Beweis einer Ursache):</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the physiotherapist&apos;s summary of a range of days as a PDF.</source>
        <translation>Schreibt die Zusammenfassung eines Zeitraums für die Physiotherapie als PDF.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Erster Tag, JJJJ-MM-TT (Vorgabe: 29 Tage vor --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Letzter Tag, JJJJ-MM-TT (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die PDF-Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>The database to read.</source>
        <translation>Die Datenbank, die gelesen wird.</translation>
    </message>
    <message>
        <source>The person&apos;s name, for the header.</source>
        <translation>Der Name der Person, für die Kopfzeile.</translation>
    </message>
    <message>
        <source>a4 or letter (default: from the locale).</source>
        <translation>a4 oder letter (Vorgabe: aus den Ländereinstellungen).</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--out is needed: the PDF file to write.</source>
        <translation>--out fehlt: die PDF-Datei, die geschrieben wird.</translation>
    </message>
    <message>
        <source>--to “%1” is not a date like 2026-03-31.</source>
        <translation>--to „%1“ ist kein Datum wie 2026-03-31.</translation>
    </message>
    <message>
        <source>--from “%1” is not a date like 2026-03-01.</source>
        <translation>--from „%1“ ist kein Datum wie 2026-03-01.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper muss a4 oder letter sein.</translation>
    </message>
    <message>
        <source>Report on the sample data (60 days, made afresh) instead of yours.</source>
        <translation>Bericht über die Beispieldaten (60 Tage, jedes Mal neu erstellt) statt über Ihre.</translation>
    </message>
    <message>
        <source>--demo and --db do not go together: the sample data has its own file.</source>
        <translation>--demo und --db passen nicht zusammen: Die Beispieldaten haben ihre eigene Datei.</translation>
    </message>
    <message>
        <source>there is no database at %1. Choose one with --db PATH, or add --demo to report on the sample data.</source>
        <translation>unter %1 gibt es keine Datenbank. Wählen Sie eine mit --db PFAD, oder fügen Sie --demo hinzu, um über die Beispieldaten zu berichten.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n pages to %1</source>
        <translation>
            <numerusform>1 Seite nach %1 geschrieben</numerusform>
            <numerusform>%n Seiten nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A summary of your history for your physiotherapist, to print or save as a PDF.</source>
        <translation>Eine Zusammenfassung Ihres Verlaufs für Ihre Physiotherapie, zum Drucken oder als PDF.</translation>
    </message>
    <message>
        <source>Days to include</source>
        <translation>Welche Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>From, a date like 2026-03-01</source>
        <translation>Von, ein Datum wie 2026-03-01</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>To, a date like 2026-03-31</source>
        <translation>Bis, ein Datum wie 2026-03-31</translation>
    </message>
    <message>
        <source>Name on the summary (optional)</source>
        <translation>Name auf der Zusammenfassung (freiwillig)</translation>
    </message>
    <message>
        <source>e.g. Alex Example</source>
        <translation>z. B. Alex Beispiel</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Preview: page %1 of %2</source>
        <translation>Vorschau: Seite %1 von %2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Preview of page %1 of %2 of the summary</source>
        <translation>Vorschau von Seite %1 von %2 der Zusammenfassung</translation>
    </message>
    <message>
        <source>Name on the summary</source>
        <translation>Name auf der Zusammenfassung</translation>
    </message>
    <message>
        <source>Save as PDF instead…</source>
        <translation>Stattdessen als PDF speichern …</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Saving is off: %1.</source>
        <translation>Speichern ist ausgeschaltet: %1.</translation>
    </message>
</context>
<context>
    <name>ScoreScale</name>
    <message>
        <source>0 no pain</source>
        <translation>0 kein Schmerz</translation>
    </message>
    <message>
        <source>10 worst pain imaginable</source>
        <translation>10 stärkster vorstellbarer Schmerz</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
</context>
<context>
    <name>ScreeningPrompt</name>
    <message>
        <source>Before KnotMap suggests self-care, please answer a few safety questions. They take about a minute.</source>
        <translation>Bevor KnotMap Selbsthilfe vorschlägt, beantworten Sie bitte ein paar Sicherheitsfragen. Das dauert etwa eine Minute.</translation>
    </message>
    <message>
        <source>Self-care suggestions come once you have answered a few safety questions; they are asked when you log this knot.</source>
        <translation>Vorschläge zur Selbsthilfe gibt es, sobald Sie ein paar Sicherheitsfragen beantwortet haben; sie werden gestellt, wenn Sie diesen Knoten erfassen.</translation>
    </message>
    <message>
        <source>Answer the safety questions</source>
        <translation>Sicherheitsfragen beantworten</translation>
    </message>
</context>
<context>
    <name>SelfCarePage</name>
    <message>
        <source>Self-care</source>
        <translation>Selbsthilfe</translation>
    </message>
    <message>
        <source>No self-care sessions logged yet. Each session you log will show here with the knot&apos;s tenderness before and after.</source>
        <translation>Noch keine Selbsthilfe-Sitzungen erfasst. Jede Sitzung, die Sie erfassen, erscheint hier mit dem Druckschmerz des Knotens davor und danach.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show sessions on</source>
        <translation>Sitzungen zeigen an</translation>
    </message>
    <message>
        <source>Show sessions of</source>
        <translation>Sitzungen zeigen mit</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>tenderness %1 → %2</source>
        <translation>Druckschmerz %1 → %2</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this session</source>
        <translation>Diese Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this session</source>
        <translation>Diese Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions logged, newest first, with tenderness before and after.</source>
        <translation>
            <numerusform>1 Sitzung erfasst, mit Druckempfindlichkeit davor und danach.</numerusform>
            <numerusform>%n Sitzungen erfasst, die neueste zuerst, mit Druckempfindlichkeit davor und danach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its time and tenderness readings are removed from your log.</source>
        <translation>Ihre Dauer und ihre Empfindlichkeitswerte werden aus Ihrem Protokoll entfernt.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>Session in progress</source>
        <translation>Sitzung läuft</translation>
    </message>
    <message>
        <source>Time a self-care session</source>
        <translation>Eine Selbsthilfe-Sitzung mit Zeitgeber</translation>
    </message>
    <message>
        <source>Self-care is paused because you answered yes to an emergency warning sign. Please get emergency care now.</source>
        <translation>Die Selbsthilfe ist pausiert, weil Sie ein Notfall-Warnzeichen mit Ja beantwortet haben. Bitte suchen Sie jetzt Notfallhilfe.</translation>
    </message>
    <message>
        <source>Log a knot on the Body map first; then choose it here to time a session on it.</source>
        <translation>Erfassen Sie zuerst einen Knoten auf der Körperkarte; wählen Sie ihn dann hier, um eine Sitzung daran mit Zeitgeber zu machen.</translation>
    </message>
    <message>
        <source>Knot</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <source>How tender is the knot now, when you press it?</source>
        <translation>Wie stark schmerzt der Knoten jetzt, wenn Sie darauf drücken?</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Zeitgeber starten</translation>
    </message>
    <message>
        <source>nothing can be saved now</source>
        <translation>gerade kann nichts gespeichert werden</translation>
    </message>
    <message>
        <source>choose a knot first</source>
        <translation>zuerst einen Knoten wählen</translation>
    </message>
    <message>
        <source>choose how tender the knot is first</source>
        <translation>zuerst wählen, wie empfindlich der Knoten ist</translation>
    </message>
    <message>
        <source>Self-care on this knot is paused: you answered yes to a warning sign that needs a clinician today. It comes back when your answer changes, or once a clinician has seen you and said self-care is fine.</source>
        <translation>Die Selbsthilfe für diesen Knoten ist angehalten: Sie haben ein Warnzeichen mit Ja beantwortet, das noch heute ärztlich abgeklärt werden sollte. Sie kommt zurück, wenn sich Ihre Antwort ändert oder sobald eine Ärztin oder ein Arzt Sie gesehen und Selbsthilfe erlaubt hat.</translation>
    </message>
    <message>
        <source>self-care on this knot is paused</source>
        <translation>die Selbsthilfe für diesen Knoten ist angehalten</translation>
    </message>
    <message>
        <source>A clinician said it is fine</source>
        <translation>Ärztlich erlaubt</translation>
    </message>
</context>
<context>
    <name>SessionCloseDialog</name>
    <message>
        <source>A session is still running</source>
        <translation>Eine Sitzung läuft noch</translation>
    </message>
    <message>
        <source>Log the part you did before KnotMap closes?</source>
        <translation>Den Teil, den Sie gemacht haben, erfassen, bevor KnotMap schließt?</translation>
    </message>
    <message>
        <source>Log it and close</source>
        <translation>Erfassen und schließen</translation>
    </message>
    <message>
        <source>Close without logging</source>
        <translation>Schließen, ohne zu erfassen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>SessionEditSheet</name>
    <message>
        <source>Edit a session</source>
        <translation>Eine Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>How long it lasted</source>
        <translation>Wie lange sie gedauert hat</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Tenderness before</source>
        <translation>Druckschmerz davor</translation>
    </message>
    <message>
        <source>Tenderness after</source>
        <translation>Druckschmerz danach</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Write the length in whole minutes, for example 5.</source>
        <translation>Geben Sie die Dauer in ganzen Minuten an, zum Beispiel 5.</translation>
    </message>
</context>
<context>
    <name>SessionTimerView</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1 left in this step</source>
        <translation>Noch %1 in diesem Schritt</translation>
    </message>
    <message>
        <source>Step %1 of %2 · next: %3</source>
        <translation>Schritt %1 von %2 · als Nächstes: %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 geschafft</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop early</source>
        <translation>Vorzeitig beenden</translation>
    </message>
    <message>
        <source>You did %1.</source>
        <translation>Sie haben %1 gemacht.</translation>
    </message>
    <message>
        <source>How tender is the knot now, when you press it?</source>
        <translation>Wie stark schmerzt der Knoten jetzt, wenn Sie darauf drücken?</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message>
        <source>No set time for this: go at your own pace and press Done when you have finished.</source>
        <translation>Hierfür gibt es keine feste Zeit: Gehen Sie in Ihrem eigenen Tempo vor und drücken Sie „Fertig“, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>StartupErrorPanel</name>
    <message>
        <source>KnotMap could not start</source>
        <translation>KnotMap konnte nicht starten</translation>
    </message>
    <message>
        <source>A backup from %1 can be put in its place.</source>
        <translation>Eine Sicherung vom %1 kann an ihre Stelle treten.</translation>
    </message>
    <message>
        <source>The file that could not be opened is kept, unchanged, in %1, so nothing is lost either way.</source>
        <translation>Die Datei, die sich nicht öffnen ließ, bleibt unverändert in %1 erhalten; es geht also in keinem Fall etwas verloren.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing is changed unless you restore the backup. To use another file instead, start KnotMap with --db followed by the path of that file.</source>
        <translation>Es ändert sich nichts, solange Sie die Sicherung nicht wiederherstellen. Um stattdessen eine andere Datei zu verwenden, starten Sie KnotMap mit --db und dem Pfad dieser Datei.</translation>
    </message>
    <message>
        <source>KnotMap will not write to this file while it is open. To use another file, start KnotMap with --db followed by the path of that file.</source>
        <translation>KnotMap schreibt nicht in diese Datei, solange sie geöffnet ist. Um eine andere Datei zu verwenden, starten Sie KnotMap mit --db und dem Pfad dieser Datei.</translation>
    </message>
</context>
<context>
    <name>StaticFigure</name>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
</context>
<context>
    <name>TenderLegend</name>
    <message>
        <source>Knots</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Tenderness 0 (none) to 10 (worst imaginable): larger and darker is more tender.</source>
        <translation>Druckschmerz 0 (keiner) bis 10 (stärkster): größer und dunkler ist empfindlicher.</translation>
    </message>
    <message>
        <source>Where it hurts; X hurts most.</source>
        <translation>Wo es wehtut; X schmerzt am meisten.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>A past day</source>
        <translation>Ein vergangener Tag</translation>
    </message>
    <message>
        <source>Rate your pain from 0 (no pain) to 10 (worst pain imaginable). Only the four scores are needed.</source>
        <translation>Bewerten Sie Ihren Schmerz von 0 (kein Schmerz) bis 10 (stärkster vorstellbarer Schmerz). Nur die vier Werte sind nötig.</translation>
    </message>
    <message>
        <source>◂ Previous day</source>
        <translation>◂ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day ▸</source>
        <translation>Nächster Tag ▸</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Zurück zu heute</translation>
    </message>
    <message>
        <source>Right now</source>
        <translation>Jetzt gerade</translation>
    </message>
    <message>
        <source>At the end of that day</source>
        <translation>Am Ende dieses Tages</translation>
    </message>
    <message>
        <source>At its worst in the last 24 hours</source>
        <translation>Am stärksten in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>At its least in the last 24 hours</source>
        <translation>Am geringsten in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>On average over the last 24 hours</source>
        <translation>Im Durchschnitt der letzten 24 Stunden</translation>
    </message>
    <message>
        <source>How much did pain get in the way? (optional)</source>
        <translation>Wie sehr hat der Schmerz Sie beeinträchtigt? (freiwillig)</translation>
    </message>
    <message>
        <source>0 did not get in the way</source>
        <translation>0 gar nicht beeinträchtigt</translation>
    </message>
    <message>
        <source>10 completely</source>
        <translation>10 völlig</translation>
    </message>
    <message>
        <source>What may have played a part (optional)</source>
        <translation>Was dazu beigetragen haben kann (freiwillig)</translation>
    </message>
    <message>
        <source>Hours sitting</source>
        <translation>Stunden im Sitzen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Movement breaks</source>
        <translation>Bewegungspausen</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>Glasses of water</source>
        <translation>Gläser Wasser</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How well did you sleep?</source>
        <translation>Wie gut haben Sie geschlafen?</translation>
    </message>
    <message>
        <source>0 very badly</source>
        <translation>0 sehr schlecht</translation>
    </message>
    <message>
        <source>10 very well</source>
        <translation>10 sehr gut</translation>
    </message>
    <message>
        <source>How stressed did you feel?</source>
        <translation>Wie gestresst haben Sie sich gefühlt?</translation>
    </message>
    <message>
        <source>0 not at all</source>
        <translation>0 gar nicht</translation>
    </message>
    <message>
        <source>10 extremely</source>
        <translation>10 äußerst</translation>
    </message>
    <message>
        <source>Slept in an awkward position?</source>
        <translation>In ungünstiger Haltung geschlafen?</translation>
    </message>
    <message>
        <source>Lifted something heavy?</source>
        <translation>Etwas Schweres gehoben?</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (freiwillig)</translation>
    </message>
    <message>
        <source>Anything that may explain the day: a long drive, poor sleep, a stressful day…</source>
        <translation>Was den Tag erklären könnte: eine lange Autofahrt, schlechter Schlaf, ein stressiger Tag …</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Update this check-in</source>
        <translation>Diesen Tageseintrag aktualisieren</translation>
    </message>
    <message>
        <source>Save this check-in</source>
        <translation>Diesen Tageseintrag speichern</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <source>Choose a number on each of the four scales to save.</source>
        <translation>Wählen Sie auf jeder der vier Skalen eine Zahl, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>TriageBanner</name>
    <message>
        <source>You answered yes to an emergency warning sign: please get emergency care now. Self-care advice is hidden.</source>
        <translation>Sie haben ein Notfall-Warnzeichen mit Ja beantwortet: Bitte suchen Sie jetzt Notfallhilfe. Hinweise zur Selbsthilfe sind ausgeblendet.</translation>
    </message>
    <message>
        <source>Please book an appointment with your doctor or physiotherapist in the next week or two about: %1</source>
        <translation>Bitte vereinbaren Sie in den nächsten ein, zwei Wochen einen Termin bei Ihrer Ärztin, Ihrem Arzt oder in der Physiotherapie wegen: %1</translation>
    </message>
    <message>
        <source>Review answers</source>
        <translation>Antworten ansehen</translation>
    </message>
    <message>
        <source>Please contact a doctor or urgent care today, or call %1, about: %2</source>
        <translation>Bitte wenden Sie sich noch heute an eine Ärztin, einen Arzt oder den Bereitschaftsdienst, oder rufen Sie %1 an, wegen: %2</translation>
    </message>
    <message>
        <source>Please contact a doctor or urgent care today about: %1</source>
        <translation>Bitte wenden Sie sich noch heute an eine Ärztin, einen Arzt oder den Bereitschaftsdienst wegen: %1</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
</context>
<context>
    <name>YesNoField</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>Die Sicherung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>its folder could not be read (%1).</source>
        <translation>ihr Ordner konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>an old backup could not be removed (%1).</source>
        <translation>eine alte Sicherung konnte nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>The file&apos;s tables could not be read.</source>
        <translation>Die Tabellen der Datei konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>That is the database itself, not a backup.</source>
        <translation>Das ist die Datenbank selbst, keine Sicherung.</translation>
    </message>
    <message>
        <source>That file holds no KnotMap data. Nothing was changed.</source>
        <translation>Diese Datei enthält keine KnotMap-Daten. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database is open read-only, because %1, so it cannot be restored into. Nothing was changed.</source>
        <translation>Die Datenbank ist nur zum Lesen geöffnet, weil %1; deshalb kann nichts in sie wiederhergestellt werden. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The restore was not started; nothing changed.</source>
        <translation>Die Wiederherstellung wurde nicht begonnen; es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The restore failed (%1); the database is as it was.</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen (%1); die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1). The file that could not be opened is kept in %2.</source>
        <translation>Die Sicherung konnte nicht an ihren Platz gebracht werden (%1). Die Datei, die sich nicht öffnen ließ, ist aufbewahrt in %2.</translation>
    </message>
    <message>
        <source>KnotMap&apos;s full check found damage in the database (%1)</source>
        <translation>Die vollständige Prüfung von KnotMap hat einen Schaden in der Datenbank gefunden (%1)</translation>
    </message>
    <message>
        <source>KnotMap&apos;s full check found damage in the database (a row refers to one that is not there)</source>
        <translation>Die vollständige Prüfung von KnotMap hat einen Schaden in der Datenbank gefunden (eine Zeile verweist auf eine, die es nicht gibt)</translation>
    </message>
    <message>
        <source>No backup was made, and every earlier backup is kept.</source>
        <translation>Es wurde keine Sicherung erstellt, und alle früheren Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The backup was not put in place: %1. Nothing was changed.</source>
        <translation>Die Sicherung wurde nicht eingesetzt: %1. Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>The body atlas is broken: %1 %2.</source>
        <translation>Die Körperkarten-Daten sind beschädigt: %1 %2.</translation>
    </message>
    <message>
        <source>The knowledge data is broken: %1 %2.</source>
        <translation>Die Wissensdaten sind beschädigt: %1 %2.</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>KnotMap did not make a demo database at %1: that file holds data that is not the sample KnotMap wrote there. It was not changed.</source>
        <translation>KnotMap hat unter %1 keine Demo-Datenbank erstellt: Die Datei enthält Daten, die nicht das Beispiel sind, das KnotMap dort geschrieben hat. Sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>KnotMap could not create %1: %2.</source>
        <translation>KnotMap konnte %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>KnotMap could not read %1: %2.</source>
        <translation>KnotMap konnte %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>KnotMap could not copy %1 to %2: %3.</source>
        <translation>KnotMap konnte %1 nicht nach %2 kopieren: %3.</translation>
    </message>
    <message>
        <source>it is on a disk that can only be read</source>
        <translation>sie liegt auf einem Datenträger, der nur gelesen werden kann</translation>
    </message>
    <message>
        <source>you do not have permission to change this file</source>
        <translation>Sie dürfen diese Datei nicht ändern</translation>
    </message>
    <message>
        <source>its folder does not let you add files, which saving needs</source>
        <translation>ihr Ordner erlaubt Ihnen nicht, Dateien anzulegen, was zum Speichern nötig ist</translation>
    </message>
    <message>
        <source>KnotMap could not create the folder %1: %2.</source>
        <translation>KnotMap konnte den Ordner %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>KnotMap did not write %1: %2. Nothing was written.</source>
        <translation>KnotMap hat %1 nicht geschrieben: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>KnotMap could not write %1: %2. Nothing was written there; a file that was there before is unchanged.</source>
        <translation>KnotMap konnte %1 nicht schreiben: %2. Dort wurde nichts geschrieben; eine Datei, die dort schon lag, ist unverändert.</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>es wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>that is your KnotMap database or one of its working files, which KnotMap never writes over</source>
        <translation>das ist Ihre KnotMap-Datenbank oder eine ihrer Arbeitsdateien, die KnotMap nie überschreibt</translation>
    </message>
    <message>
        <source>that is in KnotMap&apos;s backup folder, which holds only backups</source>
        <translation>das liegt im Sicherungsordner von KnotMap, der nur Sicherungen enthält</translation>
    </message>
    <message>
        <source>that is KnotMap&apos;s backup folder, which holds only backups</source>
        <translation>das ist der Sicherungsordner von KnotMap, der nur Sicherungen enthält</translation>
    </message>
    <message>
        <source>it is a symbolic link, and KnotMap does not write through links. Choose the file it points to, or another name</source>
        <translation>es ist eine symbolische Verknüpfung, und KnotMap schreibt nicht durch Verknüpfungen. Wählen Sie die Datei, auf die sie zeigt, oder einen anderen Namen</translation>
    </message>
    <message>
        <source>it is a folder. Give a file name</source>
        <translation>es ist ein Ordner. Geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation>es ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is a symbolic link, and KnotMap does not write through links. Choose the folder it points to, or another name</source>
        <translation>es ist eine symbolische Verknüpfung, und KnotMap schreibt nicht durch Verknüpfungen. Wählen Sie den Ordner, auf den sie zeigt, oder einen anderen Namen</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>es ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>den Ordner %1 gibt es nicht</translation>
    </message>
    <message>
        <source>that folder already holds other files. Choose a new or empty folder</source>
        <translation>dieser Ordner enthält schon andere Dateien. Wählen Sie einen neuen oder leeren Ordner</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Nothing was imported: the database is open read-only, because %1. Your data is as it was.</source>
        <translation>Es wurde nichts importiert: Die Datenbank ist nur zum Lesen geöffnet, weil %1. Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>sie konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is not valid JSON (at byte %1)</source>
        <translation>sie ist kein gültiges JSON (bei Byte %1)</translation>
    </message>
    <message>
        <source>it is not a KnotMap export (&quot;format&quot; must be &quot;knotmap-export&quot;)</source>
        <translation>sie ist kein KnotMap-Export („format“ muss „knotmap-export“ sein)</translation>
    </message>
    <message>
        <source>only version 1 of the export format can be read</source>
        <translation>nur Version 1 des Exportformats kann gelesen werden</translation>
    </message>
    <message>
        <source>it was exported by a newer KnotMap, or the schema is missing; this version reads schema 1 to %1</source>
        <translation>sie wurde von einem neueren KnotMap exportiert, oder das Schema fehlt; diese Version liest Schema 1 bis %1</translation>
    </message>
    <message>
        <source>there is no &quot;tables&quot; object</source>
        <translation>es gibt kein Objekt „tables“</translation>
    </message>
    <message>
        <source>KnotMap has no table of that name</source>
        <translation>KnotMap hat keine Tabelle mit diesem Namen</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>muss eine Liste von Zeilen sein</translation>
    </message>
    <message>
        <source>a row must be an object of column names to values</source>
        <translation>eine Zeile muss ein Objekt aus Spaltennamen und Werten sein</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>unbekannte Spalte „%1“</translation>
    </message>
    <message>
        <source>refers to knot %1, which is not in the file</source>
        <translation>verweist auf Knoten %1, der nicht in der Datei steht</translation>
    </message>
    <message>
        <source>“%1” names nothing KnotMap knows</source>
        <translation>„%1“ bezeichnet nichts, was KnotMap kennt</translation>
    </message>
    <message>
        <source>must be a whole number (not text, not 1.0)</source>
        <translation>muss eine ganze Zahl sein (kein Text, nicht 1.0)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <source>is not a time between 1970 and 9999</source>
        <translation>ist keine Zeit zwischen 1970 und 9999</translation>
    </message>
    <message>
        <source>an id must be 1 or more</source>
        <translation>eine ID muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>holds a character that is not text (a NUL byte, or bytes that are not UTF-8)</source>
        <translation>enthält ein Zeichen, das kein Text ist (ein NUL-Byte oder Bytes, die kein UTF-8 sind)</translation>
    </message>
    <message>
        <source>there is already a check-in for %1 with other scores; KnotMap keeps one per day</source>
        <translation>für %1 gibt es schon einen Tageseintrag mit anderen Werten; KnotMap führt einen pro Tag</translation>
    </message>
    <message>
        <source>id %1 appears twice in this table</source>
        <translation>die ID %1 kommt in dieser Tabelle zweimal vor</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::BreakReminder</name>
    <message>
        <source>No database is open, so settings cannot be kept.</source>
        <translation>Es ist keine Datenbank geöffnet, daher können Einstellungen nicht behalten werden.</translation>
    </message>
    <message>
        <source>Write the time like 22:00.</source>
        <translation>Schreiben Sie die Uhrzeit wie 22:00.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::DataCare</name>
    <message>
        <source>Today at %1</source>
        <translation>Heute um %1</translation>
    </message>
    <message>
        <source>Yesterday at %1</source>
        <translation>Gestern um %1</translation>
    </message>
    <message>
        <source>no check-ins</source>
        <translation>keine Tageseinträge</translation>
    </message>
    <message>
        <source>This backup holds %1, %2 knots with %3 readings, and %4 self-care sessions.</source>
        <translation>Diese Sicherung enthält %1, %2 Knoten mit %3 Werten und %4 Selbsthilfe-Sitzungen.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Noch keine Sicherung.</translation>
    </message>
    <message>
        <source>Before an update (%1)</source>
        <translation>Vor einer Aktualisierung (%1)</translation>
    </message>
    <message>
        <source>This database is open read-only, so no backup can be made from here.</source>
        <translation>Diese Datenbank ist nur zum Lesen geöffnet, daher kann von hier keine Sicherung erstellt werden.</translation>
    </message>
    <message>
        <source>Your data itself is unchanged.</source>
        <translation>Ihre Daten selbst sind unverändert.</translation>
    </message>
    <message>
        <source>Backed up just now to %1.</source>
        <translation>Eben gesichert nach %1.</translation>
    </message>
    <message>
        <source>Exported everything to %1.</source>
        <translation>Alles exportiert nach %1.</translation>
    </message>
    <message>
        <source>This database cannot be written, so nothing can be imported into it.</source>
        <translation>In diese Datenbank kann nicht geschrieben werden, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported; your data is as it was.</source>
        <translation>Es wurde nichts importiert; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Export everything as JSON</source>
        <translation>Alles als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import a KnotMap export</source>
        <translation>Einen KnotMap-Export importieren</translation>
    </message>
    <message>
        <source>Restored. What you had before is kept as a backup marked “before a restore”, so this can be undone.</source>
        <translation>Wiederhergestellt. Was Sie vorher hatten, ist als Sicherung mit der Markierung „vor einer Wiederherstellung“ aufbewahrt; das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Made at start-up (kept 7 days, then weekly)</source>
        <translation>Beim Start erstellt (7 Tage lang aufbewahrt, danach wöchentlich)</translation>
    </message>
    <message>
        <source>Made when you asked</source>
        <translation>Auf Ihren Wunsch erstellt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before the demo was made again</source>
        <translation>Bevor die Demo neu erstellt wurde</translation>
    </message>
    <message>
        <source>No backup is made from it, and every earlier backup is kept.</source>
        <translation>Davon wird keine Sicherung erstellt, und alle früheren Sicherungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Choose where to put the folder of CSV files</source>
        <translation>Wählen Sie, wo der Ordner mit den CSV-Dateien angelegt wird</translation>
    </message>
    <message>
        <source>KnotMap&apos;s body map or knowledge data did not load, so nothing can be imported.</source>
        <translation>Die Körperkarte oder die Wissensdaten von KnotMap wurden nicht geladen, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>KnotMap&apos;s body map or knowledge data did not load, so the record for a clinic cannot be made.</source>
        <translation>Die Körperkarte oder die Wissensdaten von KnotMap wurden nicht geladen, daher kann die Aufzeichnung für eine Praxis nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Export a record for a clinic (FHIR)</source>
        <translation>Eine Aufzeichnung für eine Praxis exportieren (FHIR)</translation>
    </message>
    <message numerus="yes">
        <source>%n check-ins from %1 to %2</source>
        <translation>
            <numerusform>1 Tageseintrag vom %1 bis %2</numerusform>
            <numerusform>%n Tageseinträge vom %1 bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows break a rule (below). Your data is as it was.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: Eine Zeile verstößt gegen eine Regel (unten). Ihre Daten sind unverändert.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen verstoßen gegen eine Regel (unten). Ihre Daten sind unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: all %n entries in %1 are in your data already.</source>
        <translation>
            <numerusform>Nichts Neues: Der eine Eintrag aus %1 ist schon in Ihren Daten.</numerusform>
            <numerusform>Nichts Neues: Alle %n Einträge aus %1 sind schon in Ihren Daten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1; %2 were in your data already and were skipped.</source>
        <translation>
            <numerusform>1 Zeile aus %1 importiert; %2 waren schon in Ihren Daten und wurden übersprungen.</numerusform>
            <numerusform>%n Zeilen aus %1 importiert; %2 waren schon in Ihren Daten und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rows from %1.</source>
        <translation>
            <numerusform>1 Zeile aus %1 importiert.</numerusform>
            <numerusform>%n Zeilen aus %1 importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::HelpLines</name>
    <message>
        <source>Another country</source>
        <translation>Ein anderes Land</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::KnotEditor</name>
    <message>
        <source>Write the date and time like %1.</source>
        <translation>Schreiben Sie Datum und Uhrzeit wie %1.</translation>
    </message>
    <message>
        <source>No database is open, so nothing can be saved.</source>
        <translation>Es ist keine Datenbank geöffnet, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Knots can be logged on the outlined muscle areas only.</source>
        <translation>Knoten lassen sich nur in den umrissenen Muskelbereichen erfassen.</translation>
    </message>
    <message>
        <source>Unknown status.</source>
        <translation>Unbekannter Status.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::KnotListModel</name>
    <message>
        <source>All knots</source>
        <translation>Alle Knoten</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::KnotStory</name>
    <message>
        <source>This knot&apos;s story could not be read: %1</source>
        <translation>Die Geschichte dieses Knotens konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Tenderness %1 of 10</source>
        <translation>Druckschmerz %1 von 10</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, tenderness %1 before and %2 after</source>
        <translation>, Druckschmerz %1 davor und %2 danach</translation>
    </message>
    <message>
        <source>Noted as a new knot</source>
        <translation>Als neuer Knoten erfasst</translation>
    </message>
    <message>
        <source>Marked %1</source>
        <translation>Markiert: %1</translation>
    </message>
    <message>
        <source>Noted on %1 and resolved the same day</source>
        <translation>Am %1 erfasst und am selben Tag abgeklungen</translation>
    </message>
    <message>
        <source>Noted on %1, %2 since today</source>
        <translation>Am %1 erfasst; %2 seit heute</translation>
    </message>
    <message>
        <source>1 reading, tenderness %1</source>
        <translation>1 Wert, Druckschmerz %1</translation>
    </message>
    <message>
        <source>%1 readings, tenderness %2 at first and %3 at the latest</source>
        <translation>%1 Werte, Druckschmerz anfangs %2 und zuletzt %3</translation>
    </message>
    <message>
        <source>no self-care sessions on it yet</source>
        <translation>noch keine Selbsthilfe-Sitzungen daran</translation>
    </message>
    <message numerus="yes">
        <source>Noted on %1, resolved after %n days</source>
        <translation>
            <numerusform>Erfasst am %1, nach 1 Tag abgeklungen</numerusform>
            <numerusform>Erfasst am %1, nach %n Tagen abgeklungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Noted on %1, %2 for %n days so far</source>
        <translation>
            <numerusform>Erfasst am %1, seit 1 Tag %2</numerusform>
            <numerusform>Erfasst am %1, seit %n Tagen %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n self-care sessions, %1 in all</source>
        <translation>
            <numerusform>1 Selbsthilfe-Sitzung, %1</numerusform>
            <numerusform>%n Selbsthilfe-Sitzungen, insgesamt %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PainHistory</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Your history could not be read: %1</source>
        <translation>Ihr Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 reading, tenderness %1</source>
        <translation>1 Wert, Druckschmerz %1</translation>
    </message>
    <message>
        <source>%1 readings, average tenderness %2, at most %3</source>
        <translation>%1 Werte, durchschnittlicher Druckschmerz %2, höchstens %3</translation>
    </message>
    <message>
        <source>marked as the worst pain</source>
        <translation>als stärkster Schmerz markiert</translation>
    </message>
    <message>
        <source>K%1</source>
        <translation>K%1</translation>
    </message>
    <message>
        <source>average pain %1, at check-in %2, worst %3, least %4.</source>
        <translation>durchschnittlicher Schmerz %1, beim Eintrag %2, am stärksten %3, am geringsten %4.</translation>
    </message>
    <message>
        <source>no check-in.</source>
        <translation>kein Tageseintrag.</translation>
    </message>
    <message>
        <source>7-day mean %1.</source>
        <translation>7-Tage-Mittel %1.</translation>
    </message>
    <message>
        <source>1 self-care session.</source>
        <translation>1 Selbsthilfe-Sitzung.</translation>
    </message>
    <message>
        <source>%1 self-care sessions.</source>
        <translation>%1 Selbsthilfe-Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n sessions, %2 in all</source>
        <translation>
            <numerusform>%1: 1 Sitzung, %2</numerusform>
            <numerusform>%1: %n Sitzungen, insgesamt %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n knots</source>
        <translation>
            <numerusform>1 Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pain marked here %n times</source>
        <translation>
            <numerusform>Schmerz hier einmal markiert</numerusform>
            <numerusform>Schmerz hier %n-mal markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>felt as %1</source>
        <translation>gespürt als %1</translation>
    </message>
    <message>
        <source>Pain extent %1% of the body.</source>
        <translation>Schmerzausdehnung %1% des Körpers.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::PainMarks</name>
    <message>
        <source>No database is open, so nothing can be saved.</source>
        <translation>Es ist keine Datenbank geöffnet, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>That is outside the body. Click on the figure where you feel the pain.</source>
        <translation>Das liegt außerhalb des Körpers. Klicken Sie auf die Figur, dort wo Sie den Schmerz spüren.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::ReportBuilder</name>
    <message>
        <source>No database is open, so there is nothing to summarise.</source>
        <translation>Es ist keine Datenbank geöffnet, daher gibt es nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>“To” must be a date like 2026-03-31.</source>
        <translation>„Bis“ muss ein Datum wie 2026-03-31 sein.</translation>
    </message>
    <message>
        <source>The summary could not be made: %1</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>There is no summary to save.</source>
        <translation>Es gibt keine Zusammenfassung zum Speichern.</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Die Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>There is no summary to print.</source>
        <translation>Es gibt keine Zusammenfassung zum Drucken.</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>Der Drucker konnte nicht verwendet werden. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Printing is not available here; save the summary as a PDF instead.</source>
        <translation>Drucken ist hier nicht möglich; speichern Sie die Zusammenfassung stattdessen als PDF.</translation>
    </message>
    <message>
        <source>Muscle knot summary</source>
        <translation>Zusammenfassung zu Muskelknoten</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Die Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>“From” must be a date like 2026-03-01.</source>
        <translation>„Von“ muss ein Datum wie 2026-03-01 sein.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pages to %1.</source>
        <translation>
            <numerusform>1 Seite in %1 gespeichert.</numerusform>
            <numerusform>%n Seiten in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to %1.</source>
        <translation>
            <numerusform>1 Seite an %1 gesendet.</numerusform>
            <numerusform>%n Seiten an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the summary as a PDF instead: you can print that from any device, or send it to your physiotherapist.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie die Zusammenfassung stattdessen als PDF: Das können Sie auf jedem Gerät drucken oder Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten schicken.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SessionListModel</name>
    <message>
        <source>No database is open, so nothing can be saved.</source>
        <translation>Es ist keine Datenbank geöffnet, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Diese Sitzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>No database is open, so nothing can be changed.</source>
        <translation>Es ist keine Datenbank geöffnet, daher kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>All techniques</source>
        <translation>Alle Techniken</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SessionRunner</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finish and rate the knot again</source>
        <translation>Beenden und den Knoten erneut bewerten</translation>
    </message>
    <message>
        <source>No database is open, so no session can be logged.</source>
        <translation>Es ist keine Datenbank geöffnet, daher kann keine Sitzung erfasst werden.</translation>
    </message>
    <message>
        <source>Choose a knot first.</source>
        <translation>Wählen Sie zuerst einen Knoten.</translation>
    </message>
    <message>
        <source>Choose a technique first.</source>
        <translation>Wählen Sie zuerst eine Technik.</translation>
    </message>
    <message>
        <source>Rate how tender the knot is now, from 0 to 10.</source>
        <translation>Bewerten Sie, wie stark der Knoten jetzt schmerzt, von 0 bis 10.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::SpotGuide</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1-%2 min</source>
        <translation>%1–%2 Min.</translation>
    </message>
    <message>
        <source>%1-%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <source>%1 on</source>
        <translation>%1 an</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>%1 Pause</translation>
    </message>
    <message>
        <source>each side</source>
        <translation>jede Seite</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>einmal</numerusform>
            <numerusform>%n-mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repetitions</source>
        <translation>
            <numerusform>1 Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds</source>
        <translation>
            <numerusform>1 Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>hold %1 on each tender spot</source>
        <translation>an jeder druckempfindlichen Stelle %1 halten</translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation>insgesamt %1</translation>
    </message>
    <message>
        <source>It could not be saved.</source>
        <translation>Das ließ sich nicht speichern.</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>%1 cold</source>
        <translation>%1 Kälte</translation>
    </message>
    <message>
        <source>%1 heat</source>
        <translation>%1 Wärme</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::StartupRecovery</name>
    <message>
        <source>Restored. The file that could not be opened is kept, unchanged, as %1.</source>
        <translation>Wiederhergestellt. Die Datei, die sich nicht öffnen ließ, ist unverändert aufbewahrt als %1.</translation>
    </message>
</context>
<context>
    <name>knotmap::ui::TodayCheckIn</name>
    <message>
        <source>You can only record days up to today, not future days.</source>
        <translation>Sie können nur Tage bis heute erfassen, keine zukünftigen.</translation>
    </message>
    <message>
        <source>No database is open, so nothing can be saved.</source>
        <translation>Es ist keine Datenbank geöffnet, daher kann nichts gespeichert werden.</translation>
    </message>
    <message>
        <source>Write a number here, for example 7 or 7.5.</source>
        <translation>Schreiben Sie hier eine Zahl, zum Beispiel 7 oder 7,5.</translation>
    </message>
    <message>
        <source>Saved elsewhere: now %1, worst %2, least %3, average %4.</source>
        <translation>Anderswo gespeichert: jetzt %1, stärkster %2, geringster %3, durchschnittlich %4.</translation>
    </message>
    <message>
        <source>General activity</source>
        <translation>Allgemeine Aktivität</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>Work, including housework</source>
        <translation>Arbeit, auch Hausarbeit</translation>
    </message>
    <message>
        <source>Relationships with other people</source>
        <translation>Beziehungen zu anderen Menschen</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Enjoyment of life</source>
        <translation>Lebensfreude</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Interface language: %1 (default: the system&apos;s language).</source>
        <translation>Sprache der Oberfläche: %1 (Vorgabe: die Sprache des Systems).</translation>
    </message>
    <message>
        <source>KnotMap&apos;s body map data is missing from this build.</source>
        <translation>Die Körperkarten-Daten fehlen in diesem Build von KnotMap.</translation>
    </message>
    <message>
        <source>KnotMap&apos;s knowledge data is missing from this build.</source>
        <translation>Die Wissensdaten fehlen in diesem Build von KnotMap.</translation>
    </message>
    <message>
        <source>Map, track and care for muscle knots. Your data stays on this computer.</source>
        <translation>Muskelknoten festhalten, verfolgen und pflegen. Ihre Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt;.</source>
        <translation>Die Datenbankdatei &lt;path&gt; verwenden.</translation>
    </message>
    <message>
        <source>Open a separate demo database with 60 days of sample history, made afresh each time.</source>
        <translation>Eine eigene Beispiel-Datenbank mit 60 Tagen Verlauf öffnen, jedes Mal neu erstellt.</translation>
    </message>
    <message>
        <source>Open the database without changing it: look, but save nothing.</source>
        <translation>Die Datenbank öffnen, ohne sie zu verändern: ansehen, aber nichts speichern.</translation>
    </message>
    <message>
        <source>Render the window offscreen, save it as a PNG to &lt;path&gt; after the first frame, and quit.</source>
        <translation>Das Fenster ohne Bildschirm zeichnen, nach dem ersten Bild als PNG unter &lt;path&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800 (default).</source>
        <translation>Fenstergröße, z. B. 1280x800 (Vorgabe).</translation>
    </message>
    <message>
        <source>Page to open: body, today, selfcare, history, report or data.</source>
        <translation>Seite beim Start: body, today, selfcare, history, report oder data.</translation>
    </message>
    <message>
        <source>Colours: light, dark or system (default).</source>
        <translation>Farben: light, dark oder system (Vorgabe).</translation>
    </message>
    <message>
        <source>Load every page and quit; exit status 0 if all loaded without errors.</source>
        <translation>Jede Seite laden und beenden; Rückgabewert 0, wenn alle ohne Fehler geladen wurden.</translation>
    </message>
    <message>
        <source>Render offscreen, print the moment the first frame was shown (monotonic clock, ns) and quit; used by ./dev bench.</source>
        <translation>Ohne Bildschirm zeichnen, den Zeitpunkt des ersten Bildes ausgeben (monotone Uhr, ns) und beenden; für ./dev bench.</translation>
    </message>
    <message>
        <source>--size must look like 1280x800 (at least 320x240)</source>
        <translation>--size muss wie 1280x800 aussehen (mindestens 320x240)</translation>
    </message>
    <message>
        <source>--page must be one of body, today, selfcare, history, report, data</source>
        <translation>--page muss eines von body, today, selfcare, history, report, data sein</translation>
    </message>
    <message>
        <source>--theme must be light, dark or system</source>
        <translation>--theme muss light, dark oder system sein</translation>
    </message>
    <message>
        <source>the user interface failed to load</source>
        <translation>die Oberfläche konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>could not save the screenshot to %1</source>
        <translation>das Bildschirmfoto konnte nicht unter %1 gespeichert werden</translation>
    </message>
    <message>
        <source>self-test found %1 QML warning(s)</source>
        <translation>der Selbsttest fand %1 QML-Warnung(en)</translation>
    </message>
    <message>
        <source>Instead of the window, one of:
report: the physiotherapist&apos;s summary as a PDF
export: everything as JSON or CSV, or a FHIR record
import: read a JSON export into the database
restore: put a backup back in place
Each has its own help: knotmap &lt;command&gt; --help</source>
        <translation>Statt des Fensters einer dieser Befehle:
report: die Zusammenfassung für die Physiotherapie als PDF
export: alles als JSON oder CSV oder eine FHIR-Aufzeichnung
import: einen JSON-Export in die Datenbank einlesen
restore: eine Sicherung zurückspielen
Jeder hat seine eigene Hilfe: knotmap &lt;Befehl&gt; --help</translation>
    </message>
    <message>
        <source>there is no command “%1”; the commands are report, export, import and restore.</source>
        <translation>es gibt keinen Befehl „%1“; die Befehle sind report, export, import und restore.</translation>
    </message>
</context>
<context>
    <name>pain</name>
    <message>
        <source>aching</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>sharp</source>
        <translation>scharf</translation>
    </message>
    <message>
        <source>stiff</source>
        <translation>steif</translation>
    </message>
    <message>
        <source>tingling or pins and needles</source>
        <translation>kribbelnd oder wie Ameisenlaufen</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>taub</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pochend</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>stechend</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The range is empty: it starts on %1, after it ends on %2.</source>
        <translation>Der Zeitraum ist leer: Er beginnt am %1, nach seinem Ende am %2.</translation>
    </message>
    <message>
        <source>The range starts on %1, in the future; nothing can have been recorded yet.</source>
        <translation>Der Zeitraum beginnt am %1, in der Zukunft; da kann noch nichts erfasst sein.</translation>
    </message>
    <message>
        <source>The name is too long: keep it to %1 characters.</source>
        <translation>Der Name ist zu lang: Bleiben Sie bei höchstens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>rows</name>
    <message>
        <source>This was not saved because the disk is full. Everything saved before is intact.</source>
        <translation>Das wurde nicht gespeichert, weil der Datenträger voll ist. Alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>This was not saved because another program is using the database. Everything saved before is intact.</source>
        <translation>Das wurde nicht gespeichert, weil ein anderes Programm die Datenbank verwendet. Alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>This was not saved because the database is read-only. Everything saved before is intact.</source>
        <translation>Das wurde nicht gespeichert, weil die Datenbank schreibgeschützt ist. Alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>This was not saved because a value was outside its allowed range. Everything saved before is intact.</source>
        <translation>Das wurde nicht gespeichert, weil ein Wert außerhalb seines erlaubten Bereichs lag. Alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>This was not saved because the database file is damaged. Everything saved before is intact.</source>
        <translation>Das wurde nicht gespeichert, weil die Datenbankdatei beschädigt ist. Alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>This was not saved because the database could not be written. Everything saved before is intact.</source>
        <translation>Das wurde nicht gespeichert, weil die Datenbank nicht beschrieben werden konnte. Alles zuvor Gespeicherte ist unversehrt.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That knot no longer exists.</source>
        <translation>Diesen Knoten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That check-in no longer exists.</source>
        <translation>Diesen Tageseintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That observation no longer exists.</source>
        <translation>Diesen Wert gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That pain area no longer exists.</source>
        <translation>Diese Schmerzmarkierung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Diese Sitzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That answer no longer exists.</source>
        <translation>Diese Antwort gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>There is already a check-in for %1; edit that one instead.</source>
        <translation>Für %1 gibt es schon einen Tageseintrag; bearbeiten Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>The quiet hours need a start time between 00:00 and 23:59.</source>
        <translation>Die Ruhezeit braucht einen Beginn zwischen 00:00 und 23:59.</translation>
    </message>
    <message>
        <source>The quiet hours need an end time between 00:00 and 23:59.</source>
        <translation>Die Ruhezeit braucht ein Ende zwischen 00:00 und 23:59.</translation>
    </message>
    <message>
        <source>%1 must be between 0 and 10.</source>
        <translation>%1 muss zwischen 0 und 10 liegen.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <translation>%1 darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The note is too long: keep it under %1 characters.</source>
        <translation>Die Notiz ist zu lang: Bleiben Sie unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a known name.</source>
        <translation>%1 ist kein bekannter Name.</translation>
    </message>
    <message>
        <source>The spot must lie on the body diagram (x between 0 and 1).</source>
        <translation>Die Stelle muss auf der Körperfigur liegen (x zwischen 0 und 1).</translation>
    </message>
    <message>
        <source>The spot must lie on the body diagram (y between 0 and 1).</source>
        <translation>Die Stelle muss auf der Körperfigur liegen (y zwischen 0 und 1).</translation>
    </message>
    <message>
        <source>The body region</source>
        <translation>Der Körperbereich</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Das Datum</translation>
    </message>
    <message>
        <source>A resolved knot needs the date it resolved, and only a resolved knot has one.</source>
        <translation>Ein abgeklungener Knoten braucht das Datum, an dem er abgeklungen ist, und nur ein abgeklungener Knoten hat eines.</translation>
    </message>
    <message>
        <source>A knot cannot resolve before it was noted.</source>
        <translation>Ein Knoten kann nicht abklingen, bevor er erfasst wurde.</translation>
    </message>
    <message>
        <source>Tenderness</source>
        <translation>Der Druckschmerz</translation>
    </message>
    <message>
        <source>Only the listed words can describe the feeling.</source>
        <translation>Nur die aufgeführten Wörter können das Gefühl beschreiben.</translation>
    </message>
    <message>
        <source>The date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Pain cannot clear before it was noted.</source>
        <translation>Schmerz kann nicht vergehen, bevor er erfasst wurde.</translation>
    </message>
    <message>
        <source>The date is not a real calendar date.</source>
        <translation>Das Datum ist kein echtes Kalenderdatum.</translation>
    </message>
    <message>
        <source>You can only record days up to today, not future days.</source>
        <translation>Sie können nur Tage bis heute erfassen, keine zukünftigen.</translation>
    </message>
    <message>
        <source>Pain right now</source>
        <translation>Der Schmerz jetzt gerade</translation>
    </message>
    <message>
        <source>Worst pain</source>
        <translation>Der stärkste Schmerz</translation>
    </message>
    <message>
        <source>Least pain</source>
        <translation>Der geringste Schmerz</translation>
    </message>
    <message>
        <source>Average pain</source>
        <translation>Der durchschnittliche Schmerz</translation>
    </message>
    <message>
        <source>Least pain cannot be higher than worst pain.</source>
        <translation>Der geringste Schmerz kann nicht höher sein als der stärkste.</translation>
    </message>
    <message>
        <source>Average pain should lie between least and worst pain.</source>
        <translation>Der durchschnittliche Schmerz sollte zwischen dem geringsten und dem stärksten liegen.</translation>
    </message>
    <message>
        <source>Pain right now should lie between least and worst pain.</source>
        <translation>Der Schmerz jetzt gerade sollte zwischen dem geringsten und dem stärksten liegen.</translation>
    </message>
    <message>
        <source>How much pain got in the way</source>
        <translation>Die Beeinträchtigung durch den Schmerz</translation>
    </message>
    <message>
        <source>Hours sitting</source>
        <translation>Die Sitzzeit</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Movement breaks</source>
        <translation>Die Zahl der Bewegungspausen</translation>
    </message>
    <message>
        <source>breaks</source>
        <translation>Pausen</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Die Schlafdauer</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Die Schlafqualität</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Der Stress</translation>
    </message>
    <message>
        <source>Glasses of water</source>
        <translation>Die Zahl der Gläser Wasser</translation>
    </message>
    <message>
        <source>glasses</source>
        <translation>Gläser</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Die Bewegung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>The technique</source>
        <translation>Die Technik</translation>
    </message>
    <message>
        <source>A session must last between 1 second and 4 hours.</source>
        <translation>Eine Sitzung muss zwischen 1 Sekunde und 4 Stunden dauern.</translation>
    </message>
    <message>
        <source>Tenderness before</source>
        <translation>Der Druckschmerz davor</translation>
    </message>
    <message>
        <source>Tenderness after</source>
        <translation>Der Druckschmerz danach</translation>
    </message>
    <message>
        <source>The start time</source>
        <translation>Die Startzeit</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>Die Uhrzeit</translation>
    </message>
    <message>
        <source>This day&apos;s check-in was saved elsewhere since you opened it, so yours was not saved over it. The saved scores are shown; what you chose is still in the form. Save again to keep yours.</source>
        <translation>Der Tageseintrag für diesen Tag wurde anderswo gespeichert, seit Sie ihn geöffnet haben, daher wurde Ihrer nicht darüber gespeichert. Die gespeicherten Werte werden angezeigt; Ihre Auswahl steht noch im Formular. Speichern Sie erneut, um Ihre zu behalten.</translation>
    </message>
    <message>
        <source>A knot&apos;s status cannot change before it was noted.</source>
        <translation>Der Zustand eines Knotens kann sich nicht ändern, bevor er erfasst wurde.</translation>
    </message>
    <message>
        <source>A movement break can be suggested every %1 to %2 minutes.</source>
        <translation>Eine Bewegungspause kann alle %1 bis %2 Minuten vorgeschlagen werden.</translation>
    </message>
    <message>
        <source>Only the listed words can describe the pain.</source>
        <translation>Nur die aufgeführten Wörter können den Schmerz beschreiben.</translation>
    </message>
    <message>
        <source>A country is two capital letters, such as DE or GB.</source>
        <translation>Ein Land sind zwei Großbuchstaben, etwa DE oder GB.</translation>
    </message>
    <message>
        <source>How strong the pain is must be 0 to 10.</source>
        <translation>Wie stark der Schmerz ist, muss 0 bis 10 sein.</translation>
    </message>
    <message>
        <source>A year of birth lies between 1900 and %1.</source>
        <translation>Ein Geburtsjahr liegt zwischen 1900 und %1.</translation>
    </message>
</context>
<context>
    <name>selfcare</name>
    <message>
        <source>Ease off and breathe</source>
        <translation>Locker lassen und atmen</translation>
    </message>
    <message>
        <source>Hold steady pressure on the knot</source>
        <translation>Gleichmäßigen Druck auf den Knoten halten</translation>
    </message>
    <message>
        <source>Hold the stretch on the left side</source>
        <translation>Die Dehnung auf der linken Seite halten</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Hold the stretch on the right side</source>
        <translation>Die Dehnung auf der rechten Seite halten</translation>
    </message>
    <message>
        <source>Hold the stretch</source>
        <translation>Die Dehnung halten</translation>
    </message>
    <message>
        <source>Roll slowly, pausing on tender spots</source>
        <translation>Langsam rollen, an empfindlichen Stellen verweilen</translation>
    </message>
    <message>
        <source>Keep the heat on the area</source>
        <translation>Die Wärme auf dem Bereich lassen</translation>
    </message>
    <message>
        <source>Soak in the warm bath</source>
        <translation>Im warmen Bad entspannen</translation>
    </message>
    <message>
        <source>Switch to heat</source>
        <translation>Zu Wärme wechseln</translation>
    </message>
    <message>
        <source>Cold pack off: let the skin warm up</source>
        <translation>Kältepackung ab: Die Haut wieder erwärmen lassen</translation>
    </message>
    <message>
        <source>Cold pack on, wrapped in a cloth</source>
        <translation>Kältepackung auf, in ein Tuch gewickelt</translation>
    </message>
    <message>
        <source>Do %1 slow repetitions</source>
        <translation>%1 langsame Wiederholungen machen</translation>
    </message>
    <message>
        <source>Massage the rub in gently</source>
        <translation>Die Einreibung sanft einmassieren</translation>
    </message>
    <message>
        <source>Stretch slowly, as the steps say</source>
        <translation>Langsam dehnen, wie in den Schritten beschrieben</translation>
    </message>
    <message>
        <source>Cold, then heat, in turn</source>
        <translation>Kälte und Wärme im Wechsel</translation>
    </message>
    <message>
        <source>Cold pack on</source>
        <translation>Kältepack auflegen</translation>
    </message>
    <message>
        <source>Switch back to the cold pack</source>
        <translation>Zurück zum Kältepack</translation>
    </message>
    <message>
        <source>Slow repetitions, stopping while they still feel easy</source>
        <translation>Langsame Wiederholungen; aufhören, solange sie noch leicht fallen</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>KnotMap did not open %1: %2</source>
        <translation>KnotMap hat %1 nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>it is not a KnotMap database. The file was not changed.</source>
        <translation>sie ist keine KnotMap-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it could not be read. The file was not changed.</source>
        <translation>sie konnte nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it could not be read (%1). The file was not changed.</source>
        <translation>sie konnte nicht gelesen werden (%1). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>another program is using it. Close other copies of KnotMap and try again. Nothing was changed.</source>
        <translation>ein anderes Programm verwendet sie. Schließen Sie andere KnotMap-Fenster und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read. The file was not changed.</source>
        <translation>sie ist beschädigt und kann nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it belongs to another program. The file was not changed.</source>
        <translation>sie gehört zu einem anderen Programm. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it was saved by a newer version of KnotMap (data format %1; this version reads up to %2). Update KnotMap to open it. The file was not changed.</source>
        <translation>sie wurde von einer neueren KnotMap-Version gespeichert (Datenformat %1; diese Version liest bis %2). Aktualisieren Sie KnotMap, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it is a database of another program. The file was not changed.</source>
        <translation>sie ist die Datenbank eines anderen Programms. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>it is damaged (SQLite&apos;s integrity check failed). The file was not changed.</source>
        <translation>sie ist beschädigt (die Integritätsprüfung von SQLite schlug fehl). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>it is not a file. Nothing was changed.</source>
        <translation>sie ist keine Datei. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it was opened read-only, as asked</source>
        <translation>sie wurde wie gewünscht nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>it is empty and %1, so KnotMap cannot set it up. Nothing was changed.</source>
        <translation>sie ist leer und %1, daher kann KnotMap sie nicht einrichten. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it could not be prepared for use (%1). Nothing was changed.</source>
        <translation>sie konnte nicht zur Verwendung vorbereitet werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it needs updating to this version&apos;s data format, and %1. Nothing was changed.</source>
        <translation>sie muss auf das Datenformat dieser Version umgestellt werden, und %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it needs updating to this version&apos;s data format, and a backup could not be made first (%1). Nothing was changed.</source>
        <translation>sie muss auf das Datenformat dieser Version umgestellt werden, und vorher ließ sich keine Sicherung erstellen (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>updating its data format failed (%1). The update was rolled back; your data is as it was.</source>
        <translation>die Umstellung ihres Datenformats ist fehlgeschlagen (%1). Die Umstellung wurde zurückgenommen; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>its tables are not what this version expects (%1). The file was not changed.</source>
        <translation>ihre Tabellen entsprechen nicht dem, was diese Version erwartet (%1). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file %1 lies beside it, and KnotMap did not leave it there (KnotMap closed this database cleanly last time). It may come from another copy of the database; reading it could mix the two. Move that file somewhere else, then open KnotMap again. Nothing was changed.</source>
        <translation>neben ihr liegt die Datei %1, und KnotMap hat sie nicht dort hinterlassen (KnotMap hat diese Datenbank zuletzt ordnungsgemäß geschlossen). Sie stammt vielleicht aus einer anderen Kopie der Datenbank; sie zu lesen könnte beide vermischen. Verschieben Sie diese Datei an einen anderen Ort und öffnen Sie KnotMap dann erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1. Close that window to make changes here</source>
        <translation>%1. Schließen Sie jenes Fenster, um hier Änderungen zu machen</translation>
    </message>
    <message>
        <source>%1. Close it first, then try again. Nothing was changed.</source>
        <translation>%1. Schließen Sie es zuerst und versuchen Sie es dann erneut. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>KnotMap could not make its lock file %1: %2.</source>
        <translation>KnotMap konnte seine Sperrdatei %1 nicht anlegen: %2.</translation>
    </message>
    <message>
        <source>it is open in another KnotMap window</source>
        <translation>sie ist in einem anderen KnotMap-Fenster geöffnet</translation>
    </message>
    <message>
        <source>it is open in another KnotMap window (process %1)</source>
        <translation>sie ist in einem anderen KnotMap-Fenster geöffnet (Prozess %1)</translation>
    </message>
    <message>
        <source>the body map is needed to update the pain marks</source>
        <translation>die Körperkarte wird gebraucht, um die Schmerzmarkierungen anzupassen</translation>
    </message>
</context>
</TS>
