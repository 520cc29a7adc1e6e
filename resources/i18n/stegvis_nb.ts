<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Code in vivo</source>
        <extracomment>Commands with this id may merge: a rename right after an in-vivo code becomes part of it, so one undo takes back the code and its name.</extracomment>
        <translation>Kod in vivo</translation>
    </message>
    <message>
        <source>Code in vivo “%s”</source>
        <translation>Kod in vivo «%s»</translation>
    </message>
    <message>
        <source>Code with “%s”</source>
        <translation>Kod med «%s»</translation>
    </message>
    <message>
        <source>Remove coding “%s”</source>
        <translation>Fjern kodingen «%s»</translation>
    </message>
    <message>
        <source>New code “%s”</source>
        <translation>Ny kode «%s»</translation>
    </message>
    <message>
        <source>Rename code to “%s”</source>
        <translation>Endre kodenavn til «%s»</translation>
    </message>
    <message>
        <source>Delete code “%s”</source>
        <translation>Slett koden «%s»</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer dokumenter</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Importer %n dokument</numerusform>
            <numerusform>Importer %n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document “%s”</source>
        <translation>Fjern dokumentet «%s»</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Rediger tekst</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>Erstatt «%1» med «%2»</translation>
    </message>
    <message>
        <source>Change properties of “%s”</source>
        <translation>Endre egenskapene til «%s»</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Endre %s</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n code(s) into “%s”</source>
        <translation>
            <numerusform>Slå sammen %n kode til «%s»</numerusform>
            <numerusform>Slå sammen %n koder til «%s»</numerusform>
        </translation>
    </message>
    <message>
        <source>Split “%s”</source>
        <translation>Del opp «%s»</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Rediger memo</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Rediger beskrivelse</translation>
    </message>
    <message numerus="yes">
        <source>Code %n search hit(s) with “%s”</source>
        <translation>
            <numerusform>Kod %n søketreff med «%s»</numerusform>
            <numerusform>Kod %n søketreff med «%s»</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkripsjon</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Field note</source>
        <translation>Feltnotat</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>%1 — %2 in %3</source>
        <extracomment>%2: “12 passages”, %3: “3 documents”</extracomment>
        <translation>%1 – %2 i %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n utdrag</numerusform>
            <numerusform>%n utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code with existing code</source>
        <translation>Kod med eksisterende kode</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name…</source>
        <translation>Skriv en del av navnet på en kode …</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Kodenavn</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Koder som passer</translation>
    </message>
    <message>
        <source>Enter codes the passage with the highlighted code.</source>
        <translation>Enter koder utdraget med den markerte koden.</translation>
    </message>
    <message>
        <source>No code matches: Enter creates the code “%s”.</source>
        <translation>Ingen kode passer: Enter lager koden «%s».</translation>
    </message>
</context>
<context>
    <name>CodeTestPage</name>
    <message>
        <source>Q1: Could this code have been made before the coding, without reading the data?</source>
        <extracomment>(code id, verdict &quot;pass&quot;/&quot;fail&quot;/None, answers, note): record it. Mend a failed code: (action, code id), action in rename, merge, rest, delete.</extracomment>
        <translation>S1: Kunne denne koden vært laget før kodingen, uten å lese dataene?</translation>
    </message>
    <message>
        <source>Yes: the code adds nothing empirical; make a new one, closer to the data.</source>
        <translation>Ja: koden tilfører ikke noe empirisk; lag en ny, nærmere dataene.</translation>
    </message>
    <message>
        <source>Q2: Does the code tell what was said, or only what was talked about?</source>
        <translation>S2: Forteller koden hva som ble sagt, eller bare hva det ble snakket om?</translation>
    </message>
    <message>
        <source>A topic (“competence”, “culture”) fails; concrete content passes.</source>
        <translation>Et tema («kompetanse», «kultur») stryker; konkret innhold består.</translation>
    </message>
    <message>
        <source>Untested codes first</source>
        <translation>Utestede koder først</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle koder</translation>
    </message>
    <message>
        <source>Failed codes</source>
        <translation>Koder som strøk</translation>
    </message>
    <message>
        <source>Which codes to test</source>
        <translation>Hvilke koder som skal testes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Code test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kodetest&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Passages of the code</source>
        <translation>Kodens utdrag</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>1  Yes, it could</source>
        <translation>1  Ja, det kunne den</translation>
    </message>
    <message>
        <source>2  No, it comes from the data</source>
        <translation>2  Nei, den kommer fra dataene</translation>
    </message>
    <message>
        <source>1  What was said</source>
        <translation>1  Hva som ble sagt</translation>
    </message>
    <message>
        <source>2  Only what was talked about</source>
        <translation>2  Bare hva det ble snakket om</translation>
    </message>
    <message>
        <source>The code failed. Mend it, or keep it for now:</source>
        <translation>Koden strøk. Forbedre den, eller behold den inntil videre:</translation>
    </message>
    <message>
        <source>R  Rename…</source>
        <translation>R  Gi nytt navn …</translation>
    </message>
    <message>
        <source>M  Merge into…</source>
        <translation>M  Slå sammen med …</translation>
    </message>
    <message>
        <source>G  To the rest group</source>
        <translation>G  Til restgruppen</translation>
    </message>
    <message>
        <source>Del  Delete</source>
        <translation>Del  Slett</translation>
    </message>
    <message>
        <source>Note (why this verdict) — saved with it</source>
        <translation>Notat (hvorfor denne vurderingen) – lagres med den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Forrige</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Neste →</translation>
    </message>
    <message>
        <source>%1 / %2 tested · %3 passed · %4 failed</source>
        <translation>%1 / %2 testet · %3 bestått · %4 strøk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No codes to test here.&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ingen koder å teste her.&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>strøk</translation>
    </message>
    <message>
        <source>Tested: %s</source>
        <translation>Testet: %s</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Ikke testet ennå</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This code has no passages.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Denne koden har ingen utdrag.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <source>Code system</source>
        <extracomment>For codes: the group (None: ungrouped); for groups: the theme (None: none). Insert before this code / group / theme (None: at the end). A drop asks for a move (MoveRequest); the window makes it a command. (kind, id, new name): a name was edited in place.</extracomment>
        <translation>Kodesystem</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Pass.</source>
        <translation>Utdr.</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Dok.</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>Kodede utdrag</translation>
    </message>
    <message>
        <source>Documents with coded passages</source>
        <translation>Dokumenter med kodede utdrag</translation>
    </message>
</context>
<context>
    <name>CodeTreePanel</name>
    <message>
        <source>Group</source>
        <extracomment>Above this many matching codes, a filter leaves the groups closed. The current item changed: (kind, id); kind &quot;&quot; for none. The current code changed (id, or -1 when the current item is not a code). An item was activated (double-click or Enter): (kind, id).</extracomment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ugruppert</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filtrer koder …</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer koder</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Kodesystem</translation>
    </message>
    <message>
        <source>Ungrouped: %n</source>
        <translation>Ugruppert: %n</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <source>Select a passage in the document first.</source>
        <translation>Marker først et utdrag i dokumentet.</translation>
    </message>
    <message>
        <source>New code: type to edit its name, Enter to keep it.</source>
        <translation>Ny kode: skriv for å endre navnet, Enter for å beholde det.</translation>
    </message>
    <message>
        <source>Coded with the existing code “%s”.</source>
        <translation>Kodet med den eksisterende koden «%s».</translation>
    </message>
    <message>
        <source>The passage is already coded with “%s”.</source>
        <translation>Utdraget er allerede kodet med «%s».</translation>
    </message>
    <message>
        <source>Coded with “%s”.</source>
        <translation>Kodet med «%s».</translation>
    </message>
    <message>
        <source>Code with new code “%s”</source>
        <translation>Kod med ny kode «%s»</translation>
    </message>
    <message>
        <source>No coding here to remove.</source>
        <translation>Ingen koding å fjerne her.</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Fjern koding</translation>
    </message>
    <message>
        <source>Remove the coding of:</source>
        <translation>Fjern kodingen med:</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>Ny kode</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Navn på den nye koden:</translation>
    </message>
    <message>
        <source>Rename to “%s”</source>
        <translation>Endre navn til «%s»</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Slett kode</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its %n coded passage(s) will no longer be coded. You can undo this.</source>
        <translation>
            <numerusform>Slette %1? Kodingen av %n utdrag blir fjernet. Du kan angre dette.</numerusform>
            <numerusform>Slette %1? Kodingen av %n utdrag blir fjernet. Du kan angre dette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Slett %n element</numerusform>
            <numerusform>Slett %n elementer</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete groups and themes</source>
        <translation>Slett grupper og temaer</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Kommandopalett</translation>
    </message>
    <message>
        <source>Type an action, a code or a document…</source>
        <translation>Skriv en handling, en kode eller et dokument …</translation>
    </message>
    <message>
        <source>Search actions, codes and documents</source>
        <translation>Søk i handlinger, koder og dokumenter</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treff</translation>
    </message>
</context>
<context>
    <name>ConceptTestPage</name>
    <message>
        <source>Concepts</source>
        <extracomment>(concept id or None for new, name, links, description) (concept id, verdict, answers, note)</extracomment>
        <translation>Konsepter</translation>
    </message>
    <message>
        <source>New Concept</source>
        <translation>Nytt konsept</translation>
    </message>
    <message>
        <source>Delete Concept</source>
        <translation>Slett konsept</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konsepter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name of the concept</source>
        <translation>Navnet på konseptet</translation>
    </message>
    <message>
        <source>Concept name</source>
        <translation>Konseptnavn</translation>
    </message>
    <message>
        <source>What the concept means, and how the themes point to it</source>
        <translation>Hva konseptet betyr, og hvordan temaene peker mot det</translation>
    </message>
    <message>
        <source>Concept description</source>
        <translation>Beskrivelse av konseptet</translation>
    </message>
    <message>
        <source>Themes and groups the concept comes from</source>
        <translation>Temaer og grupper konseptet kommer fra</translation>
    </message>
    <message>
        <source>Save Concept</source>
        <translation>Lagre konsept</translation>
    </message>
    <message>
        <source>Does the concept hold beyond the people, places and times of this study?</source>
        <translation>Holder konseptet ut over personene, stedene og tidene i denne studien?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No, it would lose validity</source>
        <translation>Nei, det ville miste gyldighet</translation>
    </message>
    <message>
        <source>Note — saved with the verdict</source>
        <translation>Notat – lagres med vurderingen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Comes from these themes and code groups:</source>
        <translation>Kommer fra disse temaene og kodegruppene:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept test&lt;/b&gt; — SDI step 4: concepts that the themes and groups point to</source>
        <translation>&lt;b&gt;Konsepttest&lt;/b&gt; – SDI trinn 4: konsepter som temaene og gruppene peker mot</translation>
    </message>
    <message>
        <source>Holds beyond the study</source>
        <translation>Holder ut over studien</translation>
    </message>
    <message>
        <source>Tied to this study</source>
        <translation>Bundet til denne studien</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Importing…</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer dokumenter</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importerer %1 (%2 av %3) …</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Importerte %n dokument.</numerusform>
            <numerusform>Importerte %n dokumenter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the documents imported so far are kept.</source>
        <translation>Importen ble avbrutt; dokumentene som er importert så langt, beholdes.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Ikke importert:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the text of “%1”.&lt;/b&gt; Codings stay on their words; every change is saved and can be undone. Ctrl+E or Done ends editing.</source>
        <translation>&lt;b&gt;Redigerer teksten i «%1».&lt;/b&gt; Kodingene blir på ordene sine; hver endring lagres og kan angres. Ctrl+E eller Ferdig avslutter redigeringen.</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) lost all their text and were removed; Undo brings them back.</source>
        <translation>
            <numerusform>%n koding mistet all teksten sin og ble fjernet; Angre henter den tilbake.</numerusform>
            <numerusform>%n kodinger mistet all teksten sin og ble fjernet; Angre henter dem tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) lost some of their text.</source>
        <translation>
            <numerusform>%n koding mistet noe av teksten sin.</numerusform>
            <numerusform>%n kodinger mistet noe av teksten sin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n Hit(s) With</source>
        <translation>
            <numerusform>Kod %n treff med</numerusform>
            <numerusform>Kod %n treff med</numerusform>
        </translation>
    </message>
    <message>
        <source>Code search hits</source>
        <translation>Kod søketreff</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n passage(s) with “%1”.</source>
        <translation>
            <numerusform>Kodet %n utdrag med «%1».</numerusform>
            <numerusform>Kodet %n utdrag med «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced in %1 and %2.</source>
        <extracomment>%1: “3 documents”, %2: “2 code names”</extracomment>
        <translation>Erstattet i %1 og %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code name(s)</source>
        <translation>
            <numerusform>%n kodenavn</numerusform>
            <numerusform>%n kodenavn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n coding(s) from the project? You can undo this.</source>
        <translation>
            <numerusform>Fjerne «%1» med %n koding fra prosjektet? Du kan angre dette.</numerusform>
            <numerusform>Fjerne «%1» med %n kodinger fra prosjektet? Du kan angre dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Fjern dokument</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Dokumentegenskaper</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Case attributes</source>
        <translation>Case-attributter</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Legg til attributt</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Fjern attributt</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation>%1, importert %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kilde:</translation>
    </message>
    <message>
        <source>Case attributes (for example Municipality size = Medium):</source>
        <translation>Case-attributter (for eksempel Kommunestørrelse = Mellomstor):</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document text</source>
        <extracomment>A code was dropped on the selection: (code id). The user asked to remove a coding: (coding id). A code&apos;s name was clicked in the margin: (code id). The user changed the text while editing: (TextEdit in code points).</extracomment>
        <translation>Dokumenttekst</translation>
    </message>
    <message>
        <source>Remove coding “%s”</source>
        <translation>Fjern kodingen «%s»</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodinger</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <extracomment>The current document changed: (document id, or -1 for none).</extracomment>
        <translation>Dokumenter</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Codebook</source>
        <translation>Kodebok</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Sitater</translation>
    </message>
    <message>
        <source>Exporting %s…</source>
        <translation>Eksporterer %s …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksporten ble avbrutt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>The export failed: %s</source>
        <translation>Eksporten mislyktes: %s</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>Eksporterte %s</translation>
    </message>
    <message>
        <source>Export the Project for Other Programs</source>
        <translation>Eksporter prosjektet for andre programmer</translation>
    </message>
    <message>
        <source>Export the Codebook for Other Programs</source>
        <translation>Eksporter kodeboken for andre programmer</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>Skrev %s.</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>Ikke eksportert: %s</translation>
    </message>
    <message>
        <source>Open a Project from Another Program</source>
        <translation>Åpne et prosjekt fra et annet program</translation>
    </message>
    <message>
        <source>Save the Stegvis Project As</source>
        <translation>Lagre Stegvis-prosjektet som</translation>
    </message>
    <message>
        <source>Stegvis projects (*.stegvis)</source>
        <translation>Stegvis-prosjekter (*.stegvis)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Kan ikke importere %1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a Codebook</source>
        <translation>Importer en kodebok</translation>
    </message>
    <message>
        <source>Before importing %1 (%2)</source>
        <translation>Før import av %1 (%2)</translation>
    </message>
    <message>
        <source>Imported the codebook %s</source>
        <translation>Importerte kodeboken %s</translation>
    </message>
    <message>
        <source>The project as it was before is kept as a version (File → Versions).</source>
        <translation>Prosjektet slik det var før, er tatt vare på som en versjon (Fil → Versjoner).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Codebook</source>
        <translation>Eksporter kodebok</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>Eksporter sitater</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Velg …</translation>
    </message>
    <message>
        <source>Appendix: Tema / Kodegruppe / Kode</source>
        <translation>Vedlegg: Tema / Kodegruppe / Kode</translation>
    </message>
    <message>
        <source>Tables: code groups, and themes with groups and codes</source>
        <translation>Tabeller: kodegrupper, og temaer med grupper og koder</translation>
    </message>
    <message>
        <source>Descriptions of codes and groups</source>
        <translation>Beskrivelser av koder og grupper</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memoer</translation>
    </message>
    <message>
        <source>Counts of passages and informants</source>
        <translation>Antall utdrag og informanter</translation>
    </message>
    <message>
        <source>A summary paragraph with the numbers, for the method chapter</source>
        <translation>Et sammendrag med tallene, til metodekapitlet</translation>
    </message>
    <message>
        <source>Open the file when done</source>
        <translation>Åpne filen når den er ferdig</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Oppsett:</translation>
    </message>
    <message>
        <source>Example quotes per code:</source>
        <translation>Eksempelsitater per kode:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Word (*.docx);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Search and Replace in Documents</source>
        <extracomment>(needle, replacement, case sensitive, whole words, in code names) Jump to a hit: (document id, start, end) Code every hit shown with a code the user picks: (list of Hit).</extracomment>
        <translation>Søk og erstatt i dokumentene</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Finn</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Erstatt med</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Skill mellom store og små bokstaver</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Hele ord</translation>
    </message>
    <message>
        <source>Also in code names</source>
        <translation>Også i kodenavn</translation>
    </message>
    <message>
        <source>In-vivo codes often hold the names you replace in the text.</source>
        <translation>In vivo-koder inneholder ofte navnene du erstatter i teksten.</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Finn:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Erstatt med:</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Forekomster</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Erstatt alle</translation>
    </message>
    <message>
        <source>Code All Hits With…</source>
        <translation>Kod alle treff med …</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1: “5 occurrences”, %2: “2 documents”</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s)</source>
        <translation>
            <numerusform>%n forekomst</numerusform>
            <numerusform>%n forekomster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupingActions</name>
    <message numerus="yes">
        <source>Move %n code(s)</source>
        <translation>
            <numerusform>Flytt %n kode</numerusform>
            <numerusform>Flytt %n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n group(s)</source>
        <translation>
            <numerusform>Flytt %n gruppe</numerusform>
            <numerusform>Flytt %n grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n theme(s)</source>
        <translation>
            <numerusform>Flytt %n tema</numerusform>
            <numerusform>Flytt %n temaer</numerusform>
        </translation>
    </message>
    <message>
        <source>New group “%s”</source>
        <translation>Ny gruppe «%s»</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nytt tema</translation>
    </message>
    <message>
        <source>Rest group</source>
        <translation>Restgruppe</translation>
    </message>
    <message numerus="yes">
        <source>Move %n code(s) to the rest group</source>
        <translation>
            <numerusform>Flytt %n kode til restgruppen</numerusform>
            <numerusform>Flytt %n koder til restgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>Slå sammen koder</translation>
    </message>
    <message>
        <source>Merge the selected codes into:</source>
        <translation>Slå sammen de valgte kodene til:</translation>
    </message>
    <message>
        <source>Select the passages to move to a new code in the Passages panel first.</source>
        <translation>Marker først utdragene som skal flyttes til en ny kode, i Utdrag-panelet.</translation>
    </message>
    <message>
        <source>Split Code</source>
        <translation>Del opp kode</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new code for the %n selected passage(s):</source>
        <translation>
            <numerusform>Navn på den nye koden for det valgte utdraget:</numerusform>
            <numerusform>Navn på den nye koden for de %n valgte utdragene:</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Endre farge</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Number shown before the name (0 for none):</source>
        <translation>Nummer som vises foran navnet (0 for ingen):</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Endre nummer</translation>
    </message>
</context>
<context>
    <name>GroupingBoard</name>
    <message>
        <source>Peek at Passages</source>
        <extracomment>The selected card: (code id).</extracomment>
        <translation>Kikk på utdragene</translation>
    </message>
    <message>
        <source>Show the passages of the selected card (Space)</source>
        <translation>Vis utdragene til det valgte kortet (mellomrom)</translation>
    </message>
    <message>
        <source>Passages of the selected card</source>
        <translation>Utdragene til det valgte kortet</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ugruppert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ungrouped: %n&lt;/b&gt; — drag every card into a group or the rest group</source>
        <translation>&lt;b&gt;Ugruppert: %n&lt;/b&gt; – dra hvert kort til en gruppe eller restgruppen</translation>
    </message>
    <message>
        <source>Select a card to see its passages.</source>
        <translation>Velg et kort for å se utdragene.</translation>
    </message>
    <message>
        <source>No passages.</source>
        <translation>Ingen utdrag.</translation>
    </message>
</context>
<context>
    <name>GroupingTestPage</name>
    <message>
        <source>Group Them on the Board</source>
        <extracomment>(group id, verdict, answers, note) (code ids, target group id): move codes that do not belong. (group id, new name) Open the grouping board to group the ungrouped codes.</extracomment>
        <translation>Grupper dem på tavlen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grouping test&lt;/b&gt;</source>
        <translation>&lt;b&gt;Grupperingstest&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Codes of the group</source>
        <translation>Gruppens koder</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Flytt til gruppe</translation>
    </message>
    <message>
        <source>M  Move Selected Codes</source>
        <translation>M  Flytt valgte koder</translation>
    </message>
    <message>
        <source>Does each code belong in this group? Move those that do not:</source>
        <translation>Hører hver kode hjemme i denne gruppen? Flytt dem som ikke gjør det:</translation>
    </message>
    <message>
        <source>Does the name state the essence of all its codes?</source>
        <translation>Uttrykker navnet essensen i alle kodene?</translation>
    </message>
    <message>
        <source>1  Yes</source>
        <translation>1  Ja</translation>
    </message>
    <message>
        <source>2  No, rename it</source>
        <translation>2  Nei, gi den nytt navn</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenavn</translation>
    </message>
    <message>
        <source>Note on this group — saved with the verdict</source>
        <translation>Notat om denne gruppen – lagres med vurderingen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>← Previous group</source>
        <translation>← Forrige gruppe</translation>
    </message>
    <message>
        <source>Next group →</source>
        <translation>Neste gruppe →</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ungrouped codes: %n&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ugrupperte koder: %n&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — every code must end in a group or the rest group</source>
        <translation> – hver kode må havne i en gruppe eller i restgruppen</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %n group(s) tested</source>
        <translation>
            <numerusform>%1 / %n gruppe testet</numerusform>
            <numerusform>%1 / %n grupper testet</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No code groups yet.&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Ingen kodegrupper ennå.&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestått</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>strøk</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Veiledning</translation>
    </message>
    <message>
        <source>1. Import your transcripts</source>
        <translation>1. Importer transkripsjonene</translation>
    </message>
    <message>
        <source>File → New Project, then File → Import Documents (Ctrl+Shift+I) or Import a Folder. Word, OpenDocument, RTF, PDF, text and subtitle files come in with their text exactly as written. Document Properties (Alt+Enter) hold each informant&apos;s role and attributes.</source>
        <translation>Fil → Nytt prosjekt, deretter Fil → Importer dokumenter (Ctrl+Shift+I) eller Importer en mappe. Word-, OpenDocument-, RTF-, PDF-, tekst- og undertekstfiler kommer inn med teksten nøyaktig slik den er skrevet. Dokumentegenskaper (Alt+Enter) holder rollen og attributtene til hver informant.</translation>
    </message>
    <message>
        <source>2. Code close to the data</source>
        <translation>2. Kod nær dataene</translation>
    </message>
    <message>
        <source>Read a transcript from start to end. Select the informant&apos;s own words and press Ctrl+I: an in-vivo code named after them. Ctrl+K codes with a code you already have. Code one transcript to the end, then the next, reusing codes and adding new ones.</source>
        <translation>Les en transkripsjon fra start til slutt. Marker informantens egne ord og trykk Ctrl+I: en in vivo-kode oppkalt etter dem. Ctrl+K koder med en kode du allerede har. Kod én transkripsjon til slutten, så den neste, og bruk kodene om igjen og legg til nye.</translation>
    </message>
    <message>
        <source>3. Group the codes</source>
        <translation>3. Grupper kodene</translation>
    </message>
    <message>
        <source>Open the Grouping Board (Ctrl+B). Make a group from one code, skim every code and move those that fit; repeat. Put codes of little relevance in the rest group. Then rename each group to state the essence of its codes, and gather the groups in a few themes.</source>
        <translation>Åpne grupperingstavlen (Ctrl+B). Lag en gruppe av én kode, skum gjennom alle kodene og flytt dem som passer; gjenta. Legg koder med liten relevans i restgruppen. Gi så hver gruppe et nytt navn som uttrykker essensen i kodene, og samle gruppene i noen få temaer.</translation>
    </message>
    <message>
        <source>4. Test, step by step</source>
        <translation>4. Test, trinn for trinn</translation>
    </message>
    <message>
        <source>Tests → Run the Code Test (Ctrl+T): could the code have been made before the coding? Does it tell what was said, or only what was talked about? Then the Grouping Test, and for concepts the Concept Test. The SDI Overview shows where the analysis stands.</source>
        <translation>Tester → Kjør kodetesten (Ctrl+T): kunne koden vært laget før kodingen? Forteller den hva som ble sagt, eller bare hva det ble snakket om? Deretter grupperingstesten, og for konsepter konsepttesten. SDI-oversikten viser hvor analysen står.</translation>
    </message>
    <message>
        <source>5. Write it up</source>
        <translation>5. Skriv det ut</translation>
    </message>
    <message>
        <source>File → Export → the Codebook for the thesis appendix, and the Quotes for the results chapter. Save a Version before meeting your supervisor; Versions shows what changed.</source>
        <translation>Fil → Eksporter → kodeboken til vedlegget i oppgaven, og sitatene til resultatkapitlet. Lagre en versjon før møtet med veilederen; Versjoner viser hva som er endret.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Change the Language</source>
        <translation>Bytt språk</translation>
    </message>
    <message>
        <source>Reopen the window in %1 now? Your work is saved; the undo history starts afresh.</source>
        <translation>Åpne vinduet på nytt på %1 nå? Arbeidet ditt er lagret; angrehistorikken begynner på nytt.</translation>
    </message>
    <message>
        <source>The language changes the next time Stegvis starts.</source>
        <translation>Språket byttes neste gang Stegvis starter.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lang&amp;uage</source>
        <extracomment>The setting holding the user&apos;s choice (&quot;nb&quot;, &quot;en&quot;); absent or &quot;&quot; follows the system. The languages of the interface, each named in itself (never translated). Source strings are English: English needs no translation file to work.</extracomment>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>As the System (%1)</source>
        <translation>Som systemet (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>How long the services wait for the window&apos;s first paint before they load anyway. A background import ended: (ImportReport). A background export ended: (the file written, or None). The services have been imported and a project&apos;s file checked, on a thread of their own (see open_project): (the file, its format version, or -1 when the check failed).</extracomment>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <source>Code System</source>
        <translation>Kodesystem</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nytt prosjekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Å&amp;pne prosjekt …</translation>
    </message>
    <message>
        <source>A fresh copy of the sample thesis project: six interviews, 240 codes</source>
        <translation>En ny kopi av eksempelprosjektet fra en masteroppgave: seks intervjuer, 240 koder</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importer dokumenter …</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Importer en &amp;mappe …</translation>
    </message>
    <message>
        <source>Import every transcript in a folder and its subfolders</source>
        <translation>Importer alle transkripsjoner i en mappe og undermappene</translation>
    </message>
    <message>
        <source>Export the &amp;Codebook…</source>
        <translation>Eksporter &amp;kodeboken …</translation>
    </message>
    <message>
        <source>The codebook for the thesis appendix: Word, Excel or CSV</source>
        <translation>Kodeboken til vedlegget i oppgaven: Word, Excel eller CSV</translation>
    </message>
    <message>
        <source>Export the &amp;Quotes…</source>
        <translation>Eksporter &amp;sitatene …</translation>
    </message>
    <message>
        <source>Every passage under its theme, group and code, in Word</source>
        <translation>Hvert utdrag under sitt tema, sin gruppe og sin kode, i Word</translation>
    </message>
    <message>
        <source>REFI-QDA, for NVivo, ATLAS.ti, MAXQDA and QualCoder</source>
        <translation>REFI-QDA, for NVivo, ATLAS.ti, MAXQDA og QualCoder</translation>
    </message>
    <message>
        <source>The Code&amp;book for Other Programs (.qdc)…</source>
        <translation>Kode&amp;boken for andre programmer (.qdc) …</translation>
    </message>
    <message>
        <source>A Project from Another Program (.qd&amp;px)…</source>
        <translation>Et prosjekt fra et annet program (.&amp;qdpx) …</translation>
    </message>
    <message>
        <source>Open an NVivo, ATLAS.ti, MAXQDA or QualCoder project exported as REFI-QDA</source>
        <translation>Åpne et NVivo-, ATLAS.ti-, MAXQDA- eller QualCoder-prosjekt eksportert som REFI-QDA</translation>
    </message>
    <message>
        <source>A Codebook from Another Program (.q&amp;dc)…</source>
        <translation>En kodebok fra et annet program (.qd&amp;c) …</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Lukk prosjektet</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Lagre &amp;versjon …</translation>
    </message>
    <message>
        <source>Keep the project as it is now under a name, inside the project file</source>
        <translation>Ta vare på prosjektet slik det er nå under et navn, inne i prosjektfilen</translation>
    </message>
    <message>
        <source>Ve&amp;rsions…</source>
        <translation>Versjone&amp;r …</translation>
    </message>
    <message>
        <source>Compare, read and restore saved versions</source>
        <translation>Sammenlign, les og gjenopprett lagrede versjoner</translation>
    </message>
    <message>
        <source>Change &amp;Log</source>
        <translation>Endrings&amp;logg</translation>
    </message>
    <message>
        <source>Every change made to the project, with its time</source>
        <translation>Hver endring i prosjektet, med tidspunkt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Finn kode …</translation>
    </message>
    <message>
        <source>Remove &amp;Document…</source>
        <translation>Fjern &amp;dokument …</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>Dokumentegens&amp;kaper …</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>Rediger &amp;teksten</translation>
    </message>
    <message>
        <source>Fix the text (typos, misheard words); codings stay on their words</source>
        <translation>Rett teksten (skrivefeil, feilhørte ord); kodingene blir på ordene sine</translation>
    </message>
    <message>
        <source>&amp;Search Text in Documents…</source>
        <translation>&amp;Søk i teksten i dokumentene …</translation>
    </message>
    <message>
        <source>Find words in every document and code all hits at once</source>
        <translation>Finn ord i alle dokumenter og kod alle treff på én gang</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>Kod &amp;in vivo</translation>
    </message>
    <message>
        <source>Make a code named after the selected words and code them with it</source>
        <translation>Lag en kode oppkalt etter de markerte ordene, og kod dem med den</translation>
    </message>
    <message>
        <source>Code with &amp;Existing Code…</source>
        <translation>Kod med &amp;eksisterende kode …</translation>
    </message>
    <message>
        <source>&amp;Remove Coding</source>
        <translation>Fjern &amp;koding</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Gi nytt n&amp;avn</translation>
    </message>
    <message>
        <source>New &amp;Group from Selected Codes</source>
        <translation>Ny &amp;gruppe av valgte koder</translation>
    </message>
    <message>
        <source>New &amp;Theme from Selected Groups</source>
        <translation>Nytt &amp;tema av valgte grupper</translation>
    </message>
    <message>
        <source>Move to &amp;Ungrouped</source>
        <translation>Flytt til &amp;Ugruppert</translation>
    </message>
    <message>
        <source>&amp;Merge Codes…</source>
        <translation>S&amp;lå sammen koder …</translation>
    </message>
    <message>
        <source>&amp;Split Code…</source>
        <translation>&amp;Del opp kode …</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farge …</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Slett kode …</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>N&amp;este dokument</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Forrige dokument</translation>
    </message>
    <message>
        <source>&amp;Grouping Board</source>
        <translation>&amp;Grupperingstavle</translation>
    </message>
    <message>
        <source>Run the &amp;Code Test</source>
        <translation>Kjør &amp;kodetesten</translation>
    </message>
    <message>
        <source>Test every code: could it have been made before the coding? Does it tell what was said?</source>
        <translation>Test hver kode: kunne den vært laget før kodingen? Forteller den hva som ble sagt?</translation>
    </message>
    <message>
        <source>Run the &amp;Grouping Test</source>
        <translation>Kjør &amp;grupperingstesten</translation>
    </message>
    <message>
        <source>SDI &amp;Overview</source>
        <translation>&amp;SDI-oversikt</translation>
    </message>
    <message>
        <source>Find any action, code or document by typing</source>
        <translation>Finn en handling, en kode eller et dokument ved å skrive</translation>
    </message>
    <message>
        <source>Next Coded Passage</source>
        <translation>Neste kodede utdrag</translation>
    </message>
    <message>
        <source>Previous Coded Passage</source>
        <translation>Forrige kodede utdrag</translation>
    </message>
    <message>
        <source>Go to Documents</source>
        <translation>Gå til dokumentene</translation>
    </message>
    <message>
        <source>Go to the Text</source>
        <translation>Gå til teksten</translation>
    </message>
    <message>
        <source>Go to the Code System</source>
        <translation>Gå til kodesystemet</translation>
    </message>
    <message>
        <source>Go to Passages</source>
        <translation>Gå til utdragene</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Veiledning</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <source>&amp;Research Questions…</source>
        <translation>&amp;Forskningsspørsmål …</translation>
    </message>
    <message>
        <source>Project &amp;Memo</source>
        <translation>Prosjekt&amp;memo</translation>
    </message>
    <message>
        <source>Coding &amp;Stripes</source>
        <translation>Kodingsst&amp;riper</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sikkerhets&amp;kopier …</translation>
    </message>
    <message>
        <source>&amp;About Stegvis</source>
        <translation>&amp;Om Stegvis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n koding</numerusform>
            <numerusform>%n kodinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the De&amp;mo Project</source>
        <translation>Åpne &amp;demoprosjektet</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Lagre en &amp;kopi som …</translation>
    </message>
    <message>
        <source>The Project for &amp;Other Programs (.qdpx)…</source>
        <translation>&amp;Prosjektet for andre programmer (.qdpx) …</translation>
    </message>
    <message>
        <source>Find and Re&amp;place in Documents…</source>
        <translation>Finn og &amp;erstatt i dokumentene …</translation>
    </message>
    <message>
        <source>New Co&amp;de…</source>
        <translation>Ny k&amp;ode …</translation>
    </message>
    <message>
        <source>Move to the &amp;Rest Group</source>
        <translation>Flytt til &amp;restgruppen</translation>
    </message>
    <message>
        <source>Num&amp;ber…</source>
        <translation>&amp;Nummer …</translation>
    </message>
    <message>
        <source>Conce&amp;pts and the Concept Test</source>
        <translation>K&amp;onsepter og konsepttesten</translation>
    </message>
    <message>
        <source>Command Pal&amp;ette…</source>
        <translation>&amp;Kommandopalett …</translation>
    </message>
    <message>
        <source>Normal Si&amp;ze</source>
        <translation>&amp;Normal størrelse</translation>
    </message>
    <message>
        <source>Open Rece&amp;nt</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Ut&amp;seende</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>The project file or its folder cannot be written: it is open read-only.</source>
        <translation>Det går ikke å skrive til prosjektfilen eller mappen: prosjektet er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>%s has this project open: it is open read-only here.</source>
        <translation>%s har dette prosjektet åpent: her er det åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åpne %1: %2</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Prosjektet er i bruk</translation>
    </message>
    <message>
        <source>This project is open for writing by %s.</source>
        <translation>Dette prosjektet er åpnet for skriving av %s.</translation>
    </message>
    <message>
        <source>Two programs writing the same project would lose work. Open it to read, or open it anyway if that Stegvis has stopped (for example on a computer that crashed).</source>
        <translation>To programmer som skriver til samme prosjekt, ville miste arbeid. Åpne det for å lese, eller åpne det likevel hvis den andre Stegvis har stoppet (for eksempel på en datamaskin som krasjet).</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Åpne likevel</translation>
    </message>
    <message>
        <source>No backup was written: %s</source>
        <translation>Ingen sikkerhetskopi ble skrevet: %s</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Stegvis writes a backup copy of a project each time it is opened and keeps the last %1. They are in:
%2

To go back to one, open it (File → Open Project) and save a copy where you want it.</source>
        <translation>Stegvis skriver en sikkerhetskopi av et prosjekt hver gang det åpnes, og beholder de siste %1. De ligger i:
%2

For å gå tilbake til en av dem: åpne den (Fil → Åpne prosjekt) og lagre en kopi der du vil ha den.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan ikke opprette %1: %2</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Åpnet %s</translation>
    </message>
    <message>
        <source>Opening %s…</source>
        <translation>Åpner %s…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosjekt</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Code group</source>
        <translation>Kodegruppe</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nytt prosjekt</translation>
    </message>
    <message>
        <source>Stegvis projects (*.stegvis)</source>
        <translation>Stegvis-prosjekter (*.stegvis)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Åpne prosjekt</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importer dokumenter</translation>
    </message>
    <message>
        <source>Transcripts (%1);;All files (*)</source>
        <translation>Transkripsjoner (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Importer en mappe</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopi</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Lagre en kopi som</translation>
    </message>
    <message>
        <source>Cannot save a copy: %s</source>
        <translation>Kan ikke lagre en kopi: %s</translation>
    </message>
    <message>
        <source>Saved a copy as %s</source>
        <translation>Lagret en kopi som %s</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>About Stegvis</source>
        <translation>Om Stegvis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stegvis %1&lt;/h3&gt;&lt;p&gt;A workbench for qualitative analysis by Tjora&apos;s stepwise-deductive induction: code close to the data, group codes, test the codes and the grouping.&lt;/p&gt;&lt;p&gt;Your projects stay on this computer; Stegvis sends nothing anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stegvis %1&lt;/h3&gt;&lt;p&gt;Et verktøy for kvalitativ analyse med Tjoras stegvis-deduktive induksjon: kod nær dataene, grupper kodene, test kodene og grupperingen.&lt;/p&gt;&lt;p&gt;Prosjektene dine blir på denne datamaskinen; Stegvis sender ingenting noe sted.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Description: what the code or group stands for</source>
        <extracomment>(kind, id, field, text): the user changed a memo or description.</extracomment>
        <translation>Beskrivelse: hva koden eller gruppen står for</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Memo: thoughts, decisions, questions for the supervisor</source>
        <translation>Memo: tanker, beslutninger, spørsmål til veilederen</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Select something to write its memo.</source>
        <translation>Velg noe for å skrive memoet til det.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>1. Transcripts</source>
        <extracomment>Where to go to act: &quot;documents&quot;, &quot;code_test&quot;, &quot;board&quot;, &quot;grouping_test&quot;, &quot;concepts&quot;, &quot;codes&quot;.</extracomment>
        <translation>1. Transkripsjoner</translation>
    </message>
    <message>
        <source>Show Documents</source>
        <translation>Vis dokumentene</translation>
    </message>
    <message>
        <source>2. Empirically close codes</source>
        <translation>2. Empirinære koder</translation>
    </message>
    <message>
        <source>Show Codes</source>
        <translation>Vis kodene</translation>
    </message>
    <message>
        <source>Code test</source>
        <translation>Kodetest</translation>
    </message>
    <message>
        <source>Run the Code Test</source>
        <translation>Kjør kodetesten</translation>
    </message>
    <message>
        <source>3. Code groups and themes</source>
        <translation>3. Kodegrupper og temaer</translation>
    </message>
    <message>
        <source>Open the Grouping Board</source>
        <translation>Åpne grupperingstavlen</translation>
    </message>
    <message>
        <source>Grouping test</source>
        <translation>Grupperingstest</translation>
    </message>
    <message>
        <source>Run the Grouping Test</source>
        <translation>Kjør grupperingstesten</translation>
    </message>
    <message>
        <source>4. Concepts and the concept test</source>
        <translation>4. Konsepter og konsepttesten</translation>
    </message>
    <message>
        <source>Open Concepts</source>
        <translation>Åpne konseptene</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where the analysis stands&lt;/h2&gt;&lt;p&gt;Stepwise-deductive induction: up from the data step by step, and a test back down at each step.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Hvor analysen står&lt;/h2&gt;&lt;p&gt;Stegvis-deduktiv induksjon: opp fra dataene trinn for trinn, og en test tilbake ned på hvert trinn.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Grouping Board</source>
        <translation>Grupperingstavle</translation>
    </message>
    <message>
        <source>Code Test</source>
        <translation>Kodetest</translation>
    </message>
    <message>
        <source>Grouping Test</source>
        <translation>Grupperingstest</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konsepter</translation>
    </message>
    <message>
        <source>SDI Overview</source>
        <translation>SDI-oversikt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>PassagesModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Utdrag</translation>
    </message>
</context>
<context>
    <name>PassagesPanel</name>
    <message>
        <source>Show passages from</source>
        <extracomment>Jump to a passage: (document id, start, end) in code points. Remove the coding of a passage: (coding id).</extracomment>
        <translation>Vis utdrag fra</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Utdrag</translation>
    </message>
    <message>
        <source>Passage in its context</source>
        <translation>Utdraget i sin sammenheng</translation>
    </message>
    <message>
        <source>Select a code, group or theme to see its passages.</source>
        <translation>Velg en kode, en gruppe eller et tema for å se utdragene.</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3</source>
        <extracomment>%2: “12 passages”, %3: “3 documents”</extracomment>
        <translation>«%1»: %2 i %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n utdrag</numerusform>
            <numerusform>%n utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle dokumenter</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>The change could not be saved (%s). Nothing was changed; check that the disk has room and the project file is still there.</source>
        <extracomment>How long change-log entries wait, to be written together after the change. What a do, undo or redo changed (a services.records.Changes). Another project (or none) was opened. A user-facing message about an action that could not be carried out. A project shown from its first look and not yet opened: what opens it. Set for a copy opened to read (a saved version): nothing may change.</extracomment>
        <translation>Endringen kunne ikke lagres (%s). Ingenting ble endret; sjekk at det er plass på disken og at prosjektfilen fortsatt finnes.</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Undo history was cleared; the project is as it was before.</source>
        <translation>«%1» kunne ikke lagres (%2). Angrehistorikken ble tømt; prosjektet er som det var før.</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save Version</source>
        <translation>Lagre versjon</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>What this version is, e.g. “before the meeting with my supervisor”</source>
        <translation>Hva denne versjonen er, f.eks. «før møtet med veilederen»</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notat:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Hurtigtast</translation>
    </message>
</context>
<context>
    <name>TestingActions</name>
    <message>
        <source>Code test: “%s”</source>
        <translation>Kodetest: «%s»</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>Gi koden nytt navn</translation>
    </message>
    <message>
        <source>A new, empirically close name (phrases from its passages are proposed):</source>
        <translation>Et nytt, empirinært navn (uttrykk fra utdragene er foreslått):</translation>
    </message>
    <message>
        <source>Merge “%s” Into</source>
        <translation>Slå sammen «%s» med</translation>
    </message>
    <message>
        <source>Rest group</source>
        <translation>Restgruppe</translation>
    </message>
    <message>
        <source>Move “%s” to the rest group</source>
        <translation>Flytt «%s» til restgruppen</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Slett kode</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 untested</source>
        <extracomment>%1: “15 groups”; %2, %3: numbers</extracomment>
        <translation>%1 bestått, %2 strøk, %3 ikke testet</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and uncode its %n passage(s)? You can undo this.</source>
        <translation>
            <numerusform>Slette «%1» og fjerne kodingen av %n utdrag? Du kan angre dette.</numerusform>
            <numerusform>Slette «%1» og fjerne kodingen av %n utdrag? Du kan angre dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of them coded</source>
        <extracomment>%1: “6 documents”; %2: a number</extracomment>
        <translation>%1, %2 av dem kodet</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: “240 codes”, %2: “1,200 coded passages”</extracomment>
        <translation>%1 på %2</translation>
    </message>
    <message numerus="yes">
        <source>%n coded passage(s)</source>
        <translation>
            <numerusform>%n kodet utdrag</numerusform>
            <numerusform>%n kodede utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + the rest group (%2), %3; %4 ungrouped</source>
        <extracomment>%1: “18 code groups”, %2: “12 codes”, %3: “4 themes”, %4: “3 codes”</extracomment>
        <translation>%1 + restgruppen (%2), %3; %4 ugruppert</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code group(s)</source>
        <translation>
            <numerusform>%n kodegruppe</numerusform>
            <numerusform>%n kodegrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppe</numerusform>
            <numerusform>%n grupper</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 hold beyond the study, %3 do not, %4 untested</source>
        <extracomment>%1: “3 concepts”; %2, %3, %4: numbers</extracomment>
        <translation>%1; %2 holder ut over studien, %3 gjør det ikke, %4 ikke testet</translation>
    </message>
    <message numerus="yes">
        <source>%n concept(s)</source>
        <translation>
            <numerusform>%n konsept</numerusform>
            <numerusform>%n konsepter</numerusform>
        </translation>
    </message>
    <message>
        <source>Grouping test: “%s”</source>
        <translation>Grupperingstest: «%s»</translation>
    </message>
    <message>
        <source>Concept test</source>
        <translation>Konsepttest</translation>
    </message>
    <message>
        <source>New concept</source>
        <translation>Nytt konsept</translation>
    </message>
    <message>
        <source>Change concept</source>
        <translation>Endre konsept</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>Slett konsept</translation>
    </message>
    <message>
        <source>Research Questions</source>
        <translation>Forskningsspørsmål</translation>
    </message>
    <message>
        <source>The project&apos;s research questions (the code test asks whether a code&apos;s words come from them or from the interview guide):</source>
        <translation>Prosjektets forskningsspørsmål (kodetesten spør om ordene i en kode kommer fra dem eller fra intervjuguiden):</translation>
    </message>
    <message>
        <source>Change the research questions</source>
        <translation>Endre forskningsspørsmålene</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Saved version “%s”</source>
        <translation>Lagret versjonen «%s»</translation>
    </message>
    <message>
        <source>Saved version “%s”.</source>
        <translation>Lagret versjonen «%s».</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Slett versjon</translation>
    </message>
    <message>
        <source>Delete the version “%s”? This cannot be undone.</source>
        <translation>Slette versjonen «%s»? Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Revision Notes</source>
        <translation>Revisjonsnotater</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Gjenopprett versjon</translation>
    </message>
    <message>
        <source>Restore “%s”? The project as it is now is saved as a version first, so you can go back to it.</source>
        <translation>Gjenopprette «%s»? Prosjektet slik det er nå, lagres først som en versjon, så du kan gå tilbake til det.</translation>
    </message>
    <message>
        <source>Before restoring %1, %2</source>
        <translation>Før gjenoppretting av %1, %2</translation>
    </message>
    <message>
        <source>Restored version “%s”</source>
        <translation>Gjenopprettet versjonen «%s»</translation>
    </message>
    <message>
        <source>Restored “%1”; the state before is kept as “%2”.</source>
        <translation>Gjenopprettet «%1»; tilstanden før er tatt vare på som «%2».</translation>
    </message>
    <message>
        <source>This window shows the version “%s” to read; it cannot be changed.</source>
        <translation>Dette vinduet viser versjonen «%s» til lesing; den kan ikke endres.</translation>
    </message>
    <message>
        <source>Version “%1” (to read) — %2</source>
        <translation>Versjon «%1» (til lesing) – %2</translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation>Endringslogg</translation>
    </message>
    <message>
        <source>Filter the changes…</source>
        <translation>Filtrer endringene …</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filtrer endringene</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Angret</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Gjort om</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Gjenopprettet</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <extracomment>(from label, to label or None for now)</extracomment>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Lagrede versjoner</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hva som er endret</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>Sammenlign med nå</translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Sammenlign de to</translation>
    </message>
    <message>
        <source>Open to Read</source>
        <translation>Åpne for lesing</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Gjenopprett …</translation>
    </message>
    <message>
        <source>Revision Notes…</source>
        <translation>Revisjonsnotater …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Stegvis&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Stegvis&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Code your interviews close to the data, gather the codes in code groups and themes, and test them the way stepwise-deductive induction asks.&lt;/p&gt;&lt;p&gt;Start a project and import your transcripts, or look around the demo project: six interviews from a master thesis with its 240 codes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kod intervjuene nær dataene, samle kodene i kodegrupper og temaer, og test dem slik stegvis-deduktiv induksjon krever.&lt;/p&gt;&lt;p&gt;Start et prosjekt og importer transkripsjonene dine, eller se deg rundt i demoprosjektet: seks intervjuer fra en masteroppgave med 240 koder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nytt prosjekt …</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Åpne prosjekt …</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Åpne demoprosjektet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sist åpnede prosjekter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Sist åpnede prosjekter</translation>
    </message>
    <message>
        <source>Code close to the data</source>
        <translation>Kod nær dataene</translation>
    </message>
    <message>
        <source>Read each transcript to the end and code the informants&apos; own words (in vivo, Ctrl+I).&lt;br&gt;Reuse codes and add new ones as you go.&lt;br&gt;A good code tells what was said, not only what was talked about.</source>
        <translation>Les hver transkripsjon til slutten og kod informantenes egne ord (in vivo, Ctrl+I).&lt;br&gt;Bruk kodene om igjen og legg til nye underveis.&lt;br&gt;En god kode forteller hva som ble sagt, ikke bare hva det ble snakket om.</translation>
    </message>
    <message>
        <source>Group the codes</source>
        <translation>Grupper kodene</translation>
    </message>
    <message>
        <source>Gather codes with a thematic connection in code groups; set the rest aside in the rest group.&lt;br&gt;Name each group after the essence of its codes.&lt;br&gt;Gather the groups in a few themes for the analysis chapter.</source>
        <translation>Samle koder med tematisk sammenheng i kodegrupper; legg resten til side i restgruppen.&lt;br&gt;Gi hver gruppe et navn etter essensen i kodene.&lt;br&gt;Samle gruppene i noen få temaer til analysekapitlet.</translation>
    </message>
    <message>
        <source>Test each step</source>
        <translation>Test hvert trinn</translation>
    </message>
    <message>
        <source>The code test: could the code have been made before the coding?&lt;br&gt;The grouping test: does every code belong in its group?&lt;br&gt;The concept test: does the concept hold beyond this study?</source>
        <translation>Kodetesten: kunne koden vært laget før kodingen?&lt;br&gt;Grupperingstesten: hører hver kode hjemme i gruppen sin?&lt;br&gt;Konsepttesten: holder konseptet ut over denne studien?</translation>
    </message>
    <message>
        <source>opened %s</source>
        <translation>åpnet %s</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kode</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message>
        <source>%s (missing)</source>
        <translation>%s (mangler)</translation>
    </message>
</context>
</TS>
