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
        <source>Import %Ln document(s)</source>
        <translation>
            <numerusform>Importer %Ln dokument</numerusform>
            <numerusform>Importer %Ln dokumenter</numerusform>
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
        <source>Merge %Ln code(s) into “%s”</source>
        <translation>
            <numerusform>Slå sammen %Ln kode til «%s»</numerusform>
            <numerusform>Slå sammen %Ln koder til «%s»</numerusform>
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
        <source>Code %Ln search hit(s) with “%s”</source>
        <translation>
            <numerusform>Kod %Ln søketreff med «%s»</numerusform>
            <numerusform>Kod %Ln søketreff med «%s»</numerusform>
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
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln utdrag</numerusform>
            <numerusform>%Ln utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
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
        <source>Untested codes first</source>
        <extracomment>(code id, verdict &quot;pass&quot;/&quot;fail&quot;/None, answers, note): record it. Mend a failed code: (action, code id), action in rename, merge, rest, delete.</extracomment>
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
        <source>Passages of the code</source>
        <translation>Kodens utdrag</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hint</translation>
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
        <source>Q%1: %2</source>
        <translation>S%1: %2</translation>
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
        <source>Delete %1? Its %Ln coded passage(s) will no longer be coded. You can undo this.</source>
        <translation>
            <numerusform>Slette %1? Kodingen av %Ln utdrag blir fjernet. Du kan angre dette.</numerusform>
            <numerusform>Slette %1? Kodingen av %Ln utdrag blir fjernet. Du kan angre dette.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>Slett %Ln element</numerusform>
            <numerusform>Slett %Ln elementer</numerusform>
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
    <name>CoreExchange</name>
    <message>
        <source>%1 (made by %2) – codes: %3, groups: %4, themes: %5</source>
        <extracomment>Namespace of the GUIDs Stegvis derives (notes, cases, variables, selections). A project file (.qde) or codebook (.qdc); thousands of codes and codings stay far below. One source&apos;s plain text; a transcript of many hours is a few MB. Everything read from one .qdpx together (media files are never read). Unpacked/packed size: text packs 3-10 times, a zip bomb thousands of times. a codebook: no documents or codings to speak of %1: file, %2: the program that made it, then how many codes, groups, themes</extracomment>
        <translation>%1 (laget med %2) – koder: %3, grupper: %4, temaer: %5</translation>
    </message>
    <message>
        <source>%1 – codes: %2, groups: %3, themes: %4</source>
        <extracomment>%1: file, then how many codes, groups, themes</extracomment>
        <translation>%1 – koder: %2, grupper: %3, temaer: %4</translation>
    </message>
    <message>
        <source>%1 (made by %2) – documents: %3, codes: %4, groups: %5, themes: %6, codings: %7</source>
        <extracomment>%1: file, %2: the program that made it, then how many documents, codes, groups, themes, codings</extracomment>
        <translation>%1 (laget med %2) – dokumenter: %3, koder: %4, grupper: %5, temaer: %6, kodinger: %7</translation>
    </message>
    <message>
        <source>%1 – documents: %2, codes: %3, groups: %4, themes: %5, codings: %6</source>
        <extracomment>%1: file, then how many documents, codes, groups, themes, codings</extracomment>
        <translation>%1 – dokumenter: %2, koder: %3, grupper: %4, temaer: %5, kodinger: %6</translation>
    </message>
    <message>
        <source>Added (%1): %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>Lagt til (%1): %2</translation>
    </message>
    <message>
        <source>Merged with the project&apos;s own (%1): %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>Slått sammen med prosjektets egne (%1): %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Endret: %1</translation>
    </message>
    <message>
        <source>Not brought over: %1</source>
        <translation>Ikke overført: %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1: a list of names, %2: how many more</extracomment>
        <translation>%1 og %2 til</translation>
    </message>
    <message>
        <source>%1 has a document type declaration (&lt;!DOCTYPE&gt;), which REFI-QDA files never use; refusing it for safety</source>
        <extracomment>%1: “the codebook” or a file name</extracomment>
        <translation>%1 har en dokumenttypedeklarasjon (&lt;!DOCTYPE&gt;), som REFI-QDA-filer aldri bruker; filen avvises av sikkerhetshensyn</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <extracomment>%1: “the codebook” or a file name, %2: line number, %3: the XML parser&apos;s reason (English)</extracomment>
        <translation>%1 er ikke gyldig XML (linje %2): %3</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2</source>
        <extracomment>%1: “the codebook” or a file name, %2: the XML parser&apos;s reason (English)</extracomment>
        <translation>%1 er ikke gyldig XML: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as XML (%2)</source>
        <extracomment>%1: “the codebook” or a file name, %2: the reason (English)</extracomment>
        <translation>%1 kan ikke leses som XML (%2)</translation>
    </message>
    <message>
        <source>%1 declares XML entities; refusing it for safety</source>
        <extracomment>%1: “the codebook” or a file name</extracomment>
        <translation>%1 deklarerer XML-entiteter; filen avvises av sikkerhetshensyn</translation>
    </message>
    <message>
        <source>%1 uses XML entities, which REFI-QDA files never use; refusing it</source>
        <extracomment>%1: “the codebook” or a file name</extracomment>
        <translation>%1 bruker XML-entiteter, som REFI-QDA-filer aldri bruker; filen avvises</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA %2 (its root element is &lt;%3&gt;)</source>
        <extracomment>%1: “the codebook” or a file name, %2: the element expected (CodeBook, Project), %3: the element found</extracomment>
        <translation>%1 er ikke en REFI-QDA %2 (rotelementet er &lt;%3&gt;)</translation>
    </message>
    <message>
        <source>too large for %1 (%2 MB; the limit is %3 MB)</source>
        <extracomment>%1: “a codebook”, %2 and %3: sizes in MB</extracomment>
        <translation>for stor for %1 (%2 MB; grensen er %3 MB)</translation>
    </message>
    <message>
        <source>too large for %1</source>
        <extracomment>%1: “a codebook”</extracomment>
        <translation>for stor for %1</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <extracomment>%1: the system&apos;s reason (English)</extracomment>
        <translation>filen kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>the archive holds %1 files, too many for a project; refusing it</source>
        <extracomment>%1: how many files (always thousands)</extracomment>
        <translation>arkivet inneholder %1 filer, for mange for et prosjekt; det avvises</translation>
    </message>
    <message>
        <source>.qdpx file</source>
        <extracomment>Completes “a folder, not a %1”.</extracomment>
        <translation>.qdpx-fil</translation>
    </message>
    <message>
        <source>not a .qdpx project (not a zip archive, or a damaged one)</source>
        <translation>ikke et .qdpx-prosjekt (ikke et zip-arkiv, eller et skadet arkiv)</translation>
    </message>
    <message>
        <source>the project would expand to %1 MB, more than %2 MB; refusing it</source>
        <extracomment>%1 and %2: sizes in MB</extracomment>
        <translation>prosjektet ville blitt %1 MB utpakket, mer enn %2 MB; det avvises</translation>
    </message>
    <message>
        <source>the project would expand to %1 MB from %2 KB (a zip bomb?); refusing it</source>
        <extracomment>%1: size in MB, %2: size in KB</extracomment>
        <translation>prosjektet ville blitt %1 MB utpakket fra %2 KB (en zip-bombe?); det avvises</translation>
    </message>
    <message>
        <source>the archive holds a file with an unsafe path (“%1”); refusing it</source>
        <extracomment>%1: the path inside the archive</extracomment>
        <translation>arkivet inneholder en fil med en utrygg sti («%1»); det avvises</translation>
    </message>
    <message>
        <source>“%1” would expand to %2 MB from %3 KB (a zip bomb?); refusing it</source>
        <extracomment>%1: the path inside the archive, %2: size in MB, %3: size in KB</extracomment>
        <translation>«%1» ville blitt %2 MB utpakket fra %3 KB (en zip-bombe?); arkivet avvises</translation>
    </message>
    <message>
        <source>no project file (.qde) at the top of the archive; not a REFI-QDA project</source>
        <translation>ingen prosjektfil (.qde) øverst i arkivet; ikke et REFI-QDA-prosjekt</translation>
    </message>
    <message>
        <source>several project files (.qde) at the top of the archive (%1); expected one</source>
        <extracomment>%1: file names</extracomment>
        <translation>flere prosjektfiler (.qde) øverst i arkivet (%1); ventet bare én</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the project again without a password</source>
        <extracomment>%1: a file name or “the text of “Interview 1””</extracomment>
        <translation>%1 er passordbeskyttet; eksporter prosjektet på nytt uten passord</translation>
    </message>
    <message>
        <source>%1 is packed in an unusual way (zip method %2)</source>
        <extracomment>%1: a file name or “the text of “Interview 1””, %2: a number</extracomment>
        <translation>%1 er pakket på en uvanlig måte (zip-metode %2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <extracomment>%1: a file name or “the text of “Interview 1””, %2 and %3: sizes in MB</extracomment>
        <translation>%1 er for stor (%2 MB; grensen er %3 MB)</translation>
    </message>
    <message>
        <source>the project would expand to more than %1 MB; refusing it</source>
        <extracomment>%1: size in MB</extracomment>
        <translation>prosjektet ville blitt mer enn %1 MB utpakket; det avvises</translation>
    </message>
    <message>
        <source>%1 is larger than it says; refusing it</source>
        <extracomment>%1: a file name or “the text of “Interview 1””</extracomment>
        <translation>%1 er større enn oppgitt; arkivet avvises</translation>
    </message>
    <message>
        <source>%1 is damaged in the archive (%2)</source>
        <extracomment>%1: a file name or “the text of “Interview 1””, %2: the reason (English)</extracomment>
        <translation>%1 er skadet i arkivet (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged in the archive</source>
        <extracomment>%1: a file name or “the text of “Interview 1””</extracomment>
        <translation>%1 er skadet i arkivet</translation>
    </message>
    <message>
        <source>not UTF-8; read as Windows-1252</source>
        <extracomment>Completes “the text of “Interview 1” was %2”.</extracomment>
        <translation>ikke UTF-8; lest som Windows-1252</translation>
    </message>
    <message>
        <source>UTF-16 code units, CR LF counted as one</source>
        <extracomment>Completes “positions were read as %1 (…)”.</extracomment>
        <translation>UTF-16-kodeenheter, CR LF regnet som ett tegn</translation>
    </message>
    <message>
        <source>UTF-16 code units, CR LF counted as two</source>
        <translation>UTF-16-kodeenheter, CR LF regnet som to tegn</translation>
    </message>
    <message>
        <source>code points, CR LF counted as one</source>
        <translation>kodepunkter, CR LF regnet som ett tegn</translation>
    </message>
    <message>
        <source>code points, CR LF counted as two</source>
        <translation>kodepunkter, CR LF regnet som to tegn</translation>
    </message>
    <message>
        <source>verdicts of SDI&apos;s tests (%1; REFI-QDA has no place for them)</source>
        <extracomment>How much of a passage names its selection (other programs show it; the importer checks offsets with it). %1: how many</extracomment>
        <translation>vurderinger fra SDI-testene (%1; REFI-QDA har ikke plass til dem)</translation>
    </message>
    <message>
        <source>the research questions (REFI-QDA has no place for them)</source>
        <translation>forskningsspørsmålene (REFI-QDA har ikke plass til dem)</translation>
    </message>
    <message>
        <source>the project&apos;s own settings for SDI&apos;s tests</source>
        <translation>prosjektets egne innstillinger for SDI-testene</translation>
    </message>
    <message>
        <source>memos (%1; a codebook has no notes; export a .qdpx to keep them)</source>
        <extracomment>%1: how many</extracomment>
        <translation>memoer (%1; en kodebok har ingen notater; eksporter en .qdpx for å beholde dem)</translation>
    </message>
    <message>
        <source>the memos of concepts (a codebook has no notes)</source>
        <translation>memoene til konseptene (en kodebok har ingen notater)</translation>
    </message>
    <message>
        <source>the project has no codes, groups or themes; a codebook needs at least one code</source>
        <translation>prosjektet har ingen koder, grupper eller temaer; en kodebok trenger minst én kode</translation>
    </message>
    <message>
        <source>codes without a name (%1) were named “Unnamed code 1” and so on</source>
        <extracomment>%1: how many. The names are written in English into the project.</extracomment>
        <translation>koder uten navn (%1) fikk navnene «Unnamed code 1» og så videre</translation>
    </message>
    <message>
        <source>the codes directly under the theme “%1” were put in a group of the same name</source>
        <extracomment>the node this code stands for is also a group or theme (its codings come here) filled when written: the file&apos;s reference of a theme or group -&gt; (&quot;theme&quot; | &quot;group&quot;, its row) %1: the theme&apos;s name</extracomment>
        <translation>kodene rett under temaet «%1» ble lagt i en gruppe med samme navn</translation>
    </message>
    <message>
        <source>parent codes with codings of their own (%1) became a group (or theme) and a code of the same name inside it: %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>overordnede koder med egne kodinger (%1) ble en gruppe (eller et tema) med en kode med samme navn inni: %2</translation>
    </message>
    <message>
        <source>codable parent codes without codings (%1) became groups: %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>overordnede koder uten kodinger (%1) ble grupper: %2</translation>
    </message>
    <message>
        <source>code trees deeper than theme / group / code (%1) were flattened into the codes of their group: %2</source>
        <extracomment>%1: how many, %2: the trees, as “Group &gt; Code”</extracomment>
        <translation>kodetrær dypere enn tema / gruppe / kode (%1) ble flatet ut til koder i gruppen sin: %2</translation>
    </message>
    <message>
        <source>empty folders below the group level (%1): %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>tomme mapper under gruppenivået (%1): %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>%1: the old name, %2: the new one</extracomment>
        <translation>«%1» → «%2»</translation>
    </message>
    <message>
        <source>codes that shared a name with another code (%1) were renamed: %2</source>
        <extracomment>%1: how many, %2: “old” → “new”, …</extracomment>
        <translation>koder med samme navn som en annen kode (%1) fikk nytt navn: %2</translation>
    </message>
    <message>
        <source>no plain text</source>
        <translation>ingen ren tekst</translation>
    </message>
    <message>
        <source>the text of %1</source>
        <extracomment>%1: “Interview 1” or note “Memo”</extracomment>
        <translation>teksten til %1</translation>
    </message>
    <message>
        <source>the text of %1 was %2</source>
        <extracomment>%1: “Interview 1” or note “Memo”, %2: “utf-16-le” or “not UTF-8; read as Windows-1252”</extracomment>
        <translation>teksten til %1 var %2</translation>
    </message>
    <message>
        <source>“%1” (binary data, not text)</source>
        <extracomment>%1: a document&apos;s name</extracomment>
        <translation>«%1» (binærdata, ikke tekst)</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <extracomment>%1: the note&apos;s name or number</extracomment>
        <translation>notatet «%1»</translation>
    </message>
    <message>
        <source>“%1” (a PDF without its plain text)</source>
        <extracomment>%1: the PDF&apos;s name or number</extracomment>
        <translation>«%1» (en PDF uten ren tekst)</translation>
    </message>
    <message>
        <source>links (%1; Stegvis has no links)</source>
        <extracomment>%1: how many</extracomment>
        <translation>lenker (%1; Stegvis har ikke lenker)</translation>
    </message>
    <message>
        <source>graphs (%1; Stegvis has no graphs)</source>
        <extracomment>%1: how many</extracomment>
        <translation>grafer (%1; Stegvis har ikke grafer)</translation>
    </message>
    <message>
        <source>codings of regions of PDF pages (%1)</source>
        <extracomment>%1: how many</extracomment>
        <translation>kodinger av områder på PDF-sider (%1)</translation>
    </message>
    <message>
        <source>sources without readable plain text (%1): %2</source>
        <extracomment>%1: how many, %2: the sources, each with what was wrong</extracomment>
        <translation>kilder uten lesbar ren tekst (%1): %2</translation>
    </message>
    <message>
        <source>sets (%1; Stegvis has no sets)</source>
        <extracomment>%1: how many</extracomment>
        <translation>sett (%1; Stegvis har ikke sett)</translation>
    </message>
    <message>
        <source>picture sources (%1; Stegvis holds text only)</source>
        <extracomment>%1: how many</extracomment>
        <translation>bildekilder (%1; Stegvis har bare tekst)</translation>
    </message>
    <message>
        <source>audio sources (%1; Stegvis holds text only)</source>
        <extracomment>%1: how many</extracomment>
        <translation>lydkilder (%1; Stegvis har bare tekst)</translation>
    </message>
    <message>
        <source>video sources (%1; Stegvis holds text only)</source>
        <extracomment>%1: how many</extracomment>
        <translation>videokilder (%1; Stegvis har bare tekst)</translation>
    </message>
    <message>
        <source>%1 sources (%2; Stegvis holds text only)</source>
        <extracomment>%1: the kind of source as the file names it (lower case, English), %2: how many</extracomment>
        <translation>kilder av typen %1 (%2; Stegvis har bare tekst)</translation>
    </message>
    <message>
        <source>the document “%1” has no text</source>
        <extracomment>%1: the document&apos;s name</extracomment>
        <translation>dokumentet «%1» har ingen tekst</translation>
    </message>
    <message>
        <source>as the passages&apos; own texts show</source>
        <translation>slik utdragenes egne tekster viser</translation>
    </message>
    <message>
        <source>as %1 counts them</source>
        <extracomment>%1: the program that made the file</extracomment>
        <translation>slik %1 teller dem</translation>
    </message>
    <message>
        <source>as the program counts them</source>
        <translation>slik programmet teller dem</translation>
    </message>
    <message>
        <source>as their lengths show</source>
        <translation>slik lengdene viser</translation>
    </message>
    <message>
        <source>positions were read as %1 (%2) and converted to Stegvis&apos;s code points; documents: %3</source>
        <extracomment>%1: “UTF-16 code units, CR LF counted as two”, %2: “as NVivo counts them”, %3: how many documents</extracomment>
        <translation>posisjonene ble lest som %1 (%2) og regnet om til Stegvis&apos; kodepunkter; dokumenter: %3</translation>
    </message>
    <message>
        <source>documents with the same name were renamed: %1</source>
        <extracomment>%1: “old” → “new”, …</extracomment>
        <translation>dokumenter med samme navn fikk nytt navn: %1</translation>
    </message>
    <message>
        <source>comments on passages (%1: selections without a code, notes on selections) were added to the memo of their document with the passage quoted</source>
        <translation>kommentarer til utdrag (%1: markeringer uten kode, notater til markeringer) ble lagt til i dokumentets memo, med utdraget sitert</translation>
    </message>
    <message>
        <source>codings of whole documents (%1) became codings of the document&apos;s whole text</source>
        <translation>kodinger av hele dokumenter (%1) ble kodinger av hele teksten i dokumentet</translation>
    </message>
    <message>
        <source>passages reaching past the end of their text (%1) were cut at the end</source>
        <translation>utdrag som gikk forbi slutten av teksten (%1), ble kuttet ved slutten</translation>
    </message>
    <message>
        <source>codings of the same passage with the same code (%1) were kept once</source>
        <translation>kodinger av samme utdrag med samme kode (%1) ble beholdt bare én gang</translation>
    </message>
    <message>
        <source>codings with a code that is not in the codebook (%1)</source>
        <translation>kodinger med en kode som ikke finnes i kodeboken (%1)</translation>
    </message>
    <message>
        <source>codings outside their document&apos;s text (%1)</source>
        <translation>kodinger utenfor teksten i dokumentet (%1)</translation>
    </message>
    <message>
        <source>codings of empty passages (%1)</source>
        <translation>kodinger av tomme utdrag (%1)</translation>
    </message>
    <message>
        <source>cases not linked to any document (%1)</source>
        <translation>caser som ikke er knyttet til noe dokument (%1)</translation>
    </message>
    <message>
        <source>attribute values given twice to one document (%1): the first was kept</source>
        <translation>attributtverdier gitt to ganger til samme dokument (%1): den første ble beholdt</translation>
    </message>
    <message>
        <source>concept “%1”</source>
        <extracomment>%1: the concept&apos;s name</extracomment>
        <translation>konseptet «%1»</translation>
    </message>
    <message>
        <source>theme “%1”</source>
        <extracomment>%1: the theme&apos;s name</extracomment>
        <translation>temaet «%1»</translation>
    </message>
    <message>
        <source>rest group “%1”</source>
        <extracomment>%1: the rest group&apos;s name</extracomment>
        <translation>restgruppen «%1»</translation>
    </message>
    <message>
        <source>group “%1”</source>
        <extracomment>%1: the group&apos;s name</extracomment>
        <translation>gruppen «%1»</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>finnes allerede; velg et annet navn</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1: a folder</extracomment>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>a codebook</source>
        <extracomment>Completes “too large for %1”.</extracomment>
        <translation>en kodebok</translation>
    </message>
    <message>
        <source>a zip archive, not a REFI-QDA CodeBook (a .qdpx project is imported as a new project)</source>
        <translation>et zip-arkiv, ikke en REFI-QDA-kodebok (et .qdpx-prosjekt importeres som et nytt prosjekt)</translation>
    </message>
    <message>
        <source>the codebook</source>
        <extracomment>Begins messages such as “%1 is not well-formed XML: …”.</extracomment>
        <translation>kodeboken</translation>
    </message>
    <message>
        <source>merged codes (%1) stay in their own group, not the codebook&apos;s: %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>sammenslåtte koder (%1) blir værende i sin egen gruppe, ikke kodebokens: %2</translation>
    </message>
</context>
<context>
    <name>CoreExport</name>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>eksporten ble avbrutt; ingen fil ble skrevet</translation>
    </message>
    <message>
        <source>permission denied: the file may be open in Word or Excel, or be write-protected; close it and export again</source>
        <translation>ingen tilgang: filen er kanskje åpen i Word eller Excel, eller skrivebeskyttet; lukk den og eksporter på nytt</translation>
    </message>
    <message>
        <source>permission denied: cannot write in this folder; choose another folder</source>
        <translation>ingen tilgang: kan ikke skrive i denne mappen; velg en annen mappe</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the folder is read-only; choose another folder</source>
        <translation>mappen er skrivebeskyttet; velg en annen mappe</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1: a folder</extracomment>
        <translation>mappen %1 finnes ikke</translation>
    </message>
    <message>
        <source>is a folder; give a file name</source>
        <translation>er en mappe; oppgi et filnavn</translation>
    </message>
    <message>
        <source>unknown file type; use .docx (Word), .xlsx (Excel) or .csv</source>
        <extracomment>The code&apos;s first passages in document order (as many as asked for).</extracomment>
        <translation>ukjent filtype; bruk .docx (Word), .xlsx (Excel) eller .csv</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <extracomment>%1: the system&apos;s reason (English)</extracomment>
        <translation>kan ikke skrives (%1)</translation>
    </message>
</context>
<context>
    <name>CoreImport</name>
    <message>
        <source>unknown file type (no file extension); Stegvis imports %1</source>
        <extracomment>The file types read_transcript imports, in the order the messages name them. Style kinds a StyleSpan can have.</extracomment>
        <translation>ukjent filtype (filen har ingen filendelse); Stegvis importerer %1</translation>
    </message>
    <message>
        <source>unknown file type “%1”; Stegvis imports %2</source>
        <translation>ukjent filtype «%1»; Stegvis importerer %2</translation>
    </message>
    <message>
        <source>too large to import</source>
        <translation>for stor til å importeres</translation>
    </message>
    <message>
        <source>the file could not be read; it may be damaged</source>
        <translation>filen kunne ikke leses; den kan være skadet</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <extracomment>&quot;Intervjuer: ...&quot; at the start of a cue, for the bold label.</extracomment>
        <translation>filen inneholder ingen tekst</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>a folder, not a %1</source>
        <translation>en mappe, ikke en %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ikke en vanlig fil</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>filen kan ikke åpnes (ingen tilgang)</translation>
    </message>
    <message>
        <source>the file cannot be read (no such file or directory)</source>
        <translation>filen kan ikke leses (filen eller mappen finnes ikke)</translation>
    </message>
    <message>
        <source>the file cannot be read (not a directory)</source>
        <translation>filen kan ikke leses (en del av filbanen er ikke en mappe)</translation>
    </message>
    <message>
        <source>the file cannot be read (is a directory)</source>
        <translation>filen kan ikke leses (det er en mappe)</translation>
    </message>
    <message>
        <source>the file cannot be read (file name too long)</source>
        <translation>filen kan ikke leses (filnavnet er for langt)</translation>
    </message>
    <message>
        <source>the file cannot be read (too many levels of symbolic links)</source>
        <translation>filen kan ikke leses (for mange nivåer av symbolske lenker)</translation>
    </message>
    <message>
        <source>the file cannot be read (no space left on device)</source>
        <translation>filen kan ikke leses (det er ikke mer plass på disken)</translation>
    </message>
    <message>
        <source>the file cannot be read (disk quota exceeded)</source>
        <translation>filen kan ikke leses (diskkvoten er brukt opp)</translation>
    </message>
    <message>
        <source>the file cannot be read (read-only file system)</source>
        <translation>filen kan ikke leses (filsystemet er skrivebeskyttet)</translation>
    </message>
    <message>
        <source>the file cannot be read (file too large)</source>
        <translation>filen kan ikke leses (filen er for stor)</translation>
    </message>
    <message>
        <source>the file cannot be read (cannot allocate memory)</source>
        <translation>filen kan ikke leses (ikke nok minne)</translation>
    </message>
    <message>
        <source>the file cannot be read (too many open files)</source>
        <translation>filen kan ikke leses (for mange åpne filer)</translation>
    </message>
    <message>
        <source>the file cannot be read (too many open files in system)</source>
        <translation>filen kan ikke leses (for mange åpne filer i systemet)</translation>
    </message>
    <message>
        <source>the file cannot be read (device or resource busy)</source>
        <translation>filen kan ikke leses (enheten eller ressursen er opptatt)</translation>
    </message>
    <message>
        <source>the file cannot be read (stale file handle)</source>
        <translation>filen kan ikke leses (filreferansen er ikke lenger gyldig)</translation>
    </message>
    <message>
        <source>the file cannot be read (connection timed out)</source>
        <translation>filen kan ikke leses (tidsavbrudd for tilkoblingen)</translation>
    </message>
    <message>
        <source>the file cannot be read (invalid argument)</source>
        <translation>filen kan ikke leses (ugyldig argument)</translation>
    </message>
    <message>
        <source>the file cannot be read (input/output error)</source>
        <translation>filen kan ikke leses (inn/ut-feil)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>filen kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be opened (permission denied)</source>
        <extracomment>Suffixes that read_transcript judges itself: .doc gets its own message (and a .doc that is really .docx or RTF is read). Files that operating systems leave in folders, skipped without a word.</extracomment>
        <translation>mappen kan ikke åpnes (ingen tilgang)</translation>
    </message>
    <message>
        <source>the folder cannot be read (input/output error)</source>
        <translation>mappen kan ikke leses (inn/ut-feil)</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>mappen kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (not a complete %1)</source>
        <extracomment>Everything unpacked together; a long transcript with photos stays far below. Members of a document; Word and LibreOffice write a few dozen. Unpacked/packed size: XML packs 5-20 times; a zip bomb thousands of times. The ratio is judged only past this size, where it starts to matter. Compression methods Word and LibreOffice write; zipfile inflates bzip2 and LZMA chunks without an output bound, so those are refused.</extracomment>
        <translation>filen er skadet (ikke en fullstendig %1-fil)</translation>
    </message>
    <message>
        <source>the document has %1 parts, too many for a document; refusing it</source>
        <translation>dokumentet har %1 deler, for mange for et dokument; det avvises</translation>
    </message>
    <message>
        <source>too large for a transcript (%1 MB; the limit is %2 MB)</source>
        <extracomment>A transcript of many hours is a few MB of text; more is not a transcript. Encodings charset-normalizer may choose between. Left to consider every encoding it knows, it reads short Norwegian cp1252 text as Big5 or cp1250 (&quot;gĺr&quot; for &quot;går&quot;); restricted to these it tells them apart reliably.</extracomment>
        <translation>for stor for en transkripsjon (%1 MB; grensen er %2 MB)</translation>
    </message>
    <message>
        <source>the document holds a part with an unsafe name (“%1”); refusing it</source>
        <translation>dokumentet inneholder en del med et utrygt navn («%1»); det avvises</translation>
    </message>
    <message>
        <source>password-protected; remove the password and import again</source>
        <translation>passordbeskyttet; fjern passordet og importer på nytt</translation>
    </message>
    <message>
        <source>the document is packed in an unusual way; open it and save it again in Word or LibreOffice</source>
        <translation>dokumentet er pakket på en uvanlig måte; åpne det og lagre det på nytt i Word eller LibreOffice</translation>
    </message>
    <message>
        <source>the document would expand to %1 MB; refusing it</source>
        <translation>dokumentet ville blitt %1 MB utpakket; det avvises</translation>
    </message>
    <message>
        <source>old Word format (.doc); open it in Word and save it as .docx</source>
        <extracomment>Elements whose children are read as if they stood in their place. Stands for a page or column break while a paragraph is read (XML text cannot hold a form feed): at either end of the paragraph it is dropped, as Word starts a new page rather than a new line; inside, it is a line break.</extracomment>
        <translation>gammelt Word-format (.doc); åpne det i Word og lagre det som .docx</translation>
    </message>
    <message>
        <source>not a Word document (the .docx file is damaged or of another type)</source>
        <translation>ikke et Word-dokument (.docx-filen er skadet eller av en annen type)</translation>
    </message>
    <message>
        <source>not a Word document (no word/document.xml); the file is damaged or of another type</source>
        <translation>ikke et Word-dokument (mangler word/document.xml); filen er skadet eller av en annen type</translation>
    </message>
    <message>
        <source>password-protected; remove the password in Word and import again</source>
        <translation>passordbeskyttet; fjern passordet i Word og importer på nytt</translation>
    </message>
    <message>
        <source>an old Word .doc file named .docx; save it as .docx</source>
        <translation>en gammel Word .doc-fil med endelsen .docx; lagre den som .docx</translation>
    </message>
    <message>
        <source>a Word template or macro-enabled file, not a plain document; save it as .docx</source>
        <translation>en Word-mal eller en fil med makroer, ikke et vanlig dokument; lagre den som .docx</translation>
    </message>
    <message>
        <source>the Word document is damaged (its XML cannot be read)</source>
        <translation>Word-dokumentet er skadet (XML-innholdet kan ikke leses)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (the .odt file is damaged or of another type)</source>
        <extracomment>Cap on table:number-*-repeated, which can otherwise ask for billions. Inline elements whose content the reader does not see as text.</extracomment>
        <translation>ikke et OpenDocument-tekstdokument (.odt-filen er skadet eller av en annen type)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (a spreadsheet, presentation or other kind)</source>
        <translation>ikke et OpenDocument-tekstdokument (et regneark, en presentasjon eller noe annet)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (no content.xml); the file is damaged or of another type</source>
        <translation>ikke et OpenDocument-tekstdokument (mangler content.xml); filen er skadet eller av en annen type</translation>
    </message>
    <message>
        <source>not an OpenDocument text (no text body); the file is damaged or of another type</source>
        <translation>ikke et OpenDocument-tekstdokument (mangler tekstdel); filen er skadet eller av en annen type</translation>
    </message>
    <message>
        <source>the OpenDocument file is damaged (its XML cannot be read)</source>
        <translation>OpenDocument-filen er skadet (XML-innholdet kan ikke leses)</translation>
    </message>
    <message>
        <source>not a PDF file (the file is damaged or of another type)</source>
        <translation>ikke en PDF-fil (filen er skadet eller av en annen type)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-filen er skadet og kan ikke leses</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image?); run text recognition first</source>
        <translation>PDF-filen har ikke noe tekstlag (et skannet bilde?); kjør tekstgjenkjenning først</translation>
    </message>
    <message>
        <source>not an RTF document (the file is damaged or of another type)</source>
        <extracomment>Picture data: hex digits, lines of them. striprtf would step through it character by character (a minute for a few photos); it is no text.</extracomment>
        <translation>ikke et RTF-dokument (filen er skadet eller av en annen type)</translation>
    </message>
    <message>
        <source>the RTF document is damaged and cannot be read</source>
        <translation>RTF-dokumentet er skadet og kan ikke leses</translation>
    </message>
    <message>
        <source>not a valid WebVTT file: the cue time on line %1 cannot be read</source>
        <translation>ikke en gyldig WebVTT-fil: tidskoden på linje %1 kan ikke leses</translation>
    </message>
    <message>
        <source>not a WebVTT file with captions (no cue times “00:00:00.000 --&gt; …” found)</source>
        <translation>ikke en WebVTT-fil med teksting (fant ingen tidskoder «00:00:00.000 --&gt; …»)</translation>
    </message>
    <message>
        <source>not a valid SubRip (.srt) file: unexpected text on line %1</source>
        <translation>ikke en gyldig SubRip-fil (.srt): uventet tekst på linje %1</translation>
    </message>
    <message>
        <source>not a valid SubRip (.srt) file: a cue time cannot be read</source>
        <translation>ikke en gyldig SubRip-fil (.srt): en tidskode kan ikke leses</translation>
    </message>
    <message>
        <source>not a SubRip file with subtitles (no cue times “00:00:00,000 --&gt; …” found)</source>
        <translation>ikke en SubRip-fil med undertekster (fant ingen tidskoder «00:00:00,000 --&gt; …»)</translation>
    </message>
    <message>
        <source>the %1 text is damaged (invalid bytes at byte %2)</source>
        <translation>%1-teksten er skadet (ugyldige byte ved posisjon %2)</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>binærdata, ikke en tekstfil</translation>
    </message>
</context>
<context>
    <name>CoreProjectFile</name>
    <message>
        <source>cannot be opened (%1)</source>
        <extracomment>The document shown (None: the project has none), its text, codings and styles. The file&apos;s size and modification time when it was read.</extracomment>
        <translation>kan ikke åpnes (%1)</translation>
    </message>
    <message>
        <source>is damaged (%1); open a backup copy</source>
        <translation>er skadet (%1); åpne en sikkerhetskopi</translation>
    </message>
    <message>
        <source>is the open project itself; choose another name</source>
        <extracomment>This program holds the project&apos;s lock file (released on close).</extracomment>
        <translation>er selve det åpne prosjektet; velg et annet navn</translation>
    </message>
    <message>
        <source>the upgrade left %1 broken references; nothing was changed</source>
        <translation>oppgraderingen etterlot %1 brutte referanser; ingenting ble endret</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>finnes allerede; velg et annet navn</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>mappen finnes ikke</translation>
    </message>
    <message>
        <source>cannot be created (%1)</source>
        <translation>kan ikke opprettes (%1)</translation>
    </message>
    <message>
        <source>was made by an older Stegvis and must be upgraded before it can be read; open it where it can be written</source>
        <translation>ble laget av en eldre versjon av Stegvis og må oppgraderes før den kan leses; åpne den der du kan skrive til den</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 siden %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>is open for writing by %1</source>
        <extracomment>The problem without the file&apos;s name, as ProjectFileError.problem.</extracomment>
        <translation>er åpnet for skriving av %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>The file format this program writes; one step per Alembic revision. Alembic revision of FORMAT_VERSION (a test checks it is the migration head). sqlite3 error code of a read-only connection meeting a hot journal, the journal an interrupted transaction (a crash, a power cut) leaves behind.</extracomment>
        <translation>filen finnes ikke</translation>
    </message>
    <message>
        <source>is a folder, not a Stegvis project file</source>
        <translation>er en mappe, ikke en Stegvis-prosjektfil</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan ikke leses (%1)</translation>
    </message>
    <message>
        <source>is empty, not a Stegvis project</source>
        <translation>er tom, ikke et Stegvis-prosjekt</translation>
    </message>
    <message>
        <source>is not a Stegvis project (not a project database)</source>
        <translation>er ikke et Stegvis-prosjekt (ikke en prosjektdatabase)</translation>
    </message>
    <message>
        <source>is an SQLite database but not a Stegvis project</source>
        <translation>er en SQLite-database, men ikke et Stegvis-prosjekt</translation>
    </message>
    <message>
        <source>is damaged (the database check failed); open a backup copy</source>
        <translation>er skadet (kontrollen av databasen feilet); åpne en sikkerhetskopi</translation>
    </message>
    <message>
        <source>is damaged (its format version is missing)</source>
        <translation>er skadet (formatversjonen mangler)</translation>
    </message>
    <message>
        <source>was written by a newer Stegvis (file format %1; this version reads up to %2); update Stegvis to open it</source>
        <translation>ble skrevet av en nyere versjon av Stegvis (filformat %1; denne versjonen leser opp til %2); oppdater Stegvis for å åpne den</translation>
    </message>
    <message>
        <source>has a change interrupted by a crash that cannot be rolled back (%1)</source>
        <translation>har en endring som ble avbrutt av et krasj og ikke kan rulles tilbake (%1)</translation>
    </message>
    <message>
        <source>the backup could not be written (%1)</source>
        <translation>sikkerhetskopien kunne ikke skrives (%1)</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>kopien kunne ikke skrives (%1)</translation>
    </message>
    <message>
        <source>cannot be read for a backup (%1)</source>
        <translation>kan ikke leses for å lage en sikkerhetskopi (%1)</translation>
    </message>
</context>
<context>
    <name>CoreServices</name>
    <message>
        <source>A code needs a name.</source>
        <translation>En kode må ha et navn.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>En gruppe må ha et navn.</translation>
    </message>
    <message>
        <source>A code group needs a name.</source>
        <translation>En kodegruppe må ha et navn.</translation>
    </message>
    <message>
        <source>A rest group needs a name.</source>
        <translation>En restgruppe må ha et navn.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Et tema må ha et navn.</translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation>%1 må ha et navn.</translation>
    </message>
    <message>
        <source>The code group no longer exists.</source>
        <translation>Kodegruppen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The theme no longer exists.</source>
        <translation>Temaet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A code to move no longer exists.</source>
        <translation>En av kodene som skal flyttes, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The rest group stays outside the themes.</source>
        <translation>Restgruppen skal stå utenfor temaene.</translation>
    </message>
    <message>
        <source>Cannot set %1 of a %2.</source>
        <translation>Kan ikke endre %1 for %2.</translation>
    </message>
    <message>
        <source>Codes are not numbered.</source>
        <translation>Koder har ikke nummer.</translation>
    </message>
    <message>
        <source>A code named “%1” already exists.</source>
        <translation>Det finnes allerede en kode som heter «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>«%1» er ikke en farge på formen #rrggbb.</translation>
    </message>
    <message>
        <source>A code needs a colour.</source>
        <translation>En kode må ha en farge.</translation>
    </message>
    <message>
        <source>A number must be a whole number of 0 or more.</source>
        <translation>Et nummer må være et helt tall, 0 eller større.</translation>
    </message>
    <message>
        <source>The code no longer exists (id %1).</source>
        <translation>Koden finnes ikke lenger (id %1).</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>Koden finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <extracomment>The user cancelled before every file was read.
----------
Codings whose every character was deleted: they are gone. Codings that lost some of their characters.</extracomment>
        <translation>Dokumentet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Select some text to code.</source>
        <translation>Marker teksten som skal kodes.</translation>
    </message>
    <message>
        <source>The selection holds no words to name a code after.</source>
        <translation>Markeringen har ingen ord å gi en kode navn etter.</translation>
    </message>
    <message>
        <source>The coding no longer exists.</source>
        <translation>Kodingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>Et dokument må ha et navn.</translation>
    </message>
    <message>
        <source>Unknown document role “%1”.</source>
        <translation>Ukjent dokumentrolle «%1».</translation>
    </message>
    <message>
        <source>The attribute “%1” is given twice.</source>
        <translation>Attributtet «%1» er oppgitt to ganger.</translation>
    </message>
    <message>
        <source>Another document is named “%1”.</source>
        <translation>Et annet dokument heter «%1».</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Gruppen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The concept no longer exists.</source>
        <translation>Konseptet finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>%1 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A document has no description.</source>
        <extracomment>Which kinds carry a description besides their memo.</extracomment>
        <translation>Et dokument har ingen beskrivelse.</translation>
    </message>
    <message>
        <source>A project has no description.</source>
        <translation>Et prosjekt har ingen beskrivelse.</translation>
    </message>
    <message>
        <source>A %1 has no description.</source>
        <translation>%1 har ingen beskrivelse.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan ikke skrive %1.</translation>
    </message>
    <message>
        <source>A %1 has no memo.</source>
        <translation>%1 har ikke noe memo.</translation>
    </message>
    <message>
        <source>Choose at least one other code to merge.</source>
        <translation>Velg minst én annen kode som skal slås sammen.</translation>
    </message>
    <message>
        <source>The code to merge into no longer exists.</source>
        <translation>Koden det skal slås sammen med, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>A code to merge no longer exists.</source>
        <translation>En av kodene som skal slås sammen, finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Choose the passages to move to the new code.</source>
        <translation>Velg utdragene som skal flyttes til den nye koden.</translation>
    </message>
    <message>
        <source>Some of the chosen passages are not coded with this code.</source>
        <translation>Noen av de valgte utdragene er ikke kodet med denne koden.</translation>
    </message>
    <message>
        <source>Leave at least one passage on the code, or rename it instead.</source>
        <translation>La minst ett utdrag bli igjen på koden, eller gi koden nytt navn i stedet.</translation>
    </message>
    <message>
        <source>Nothing to retrieve for a %1.</source>
        <translation>Ingenting å hente for %1.</translation>
    </message>
    <message>
        <source>Unknown test “%1”.</source>
        <translation>Ukjent test «%1».</translation>
    </message>
    <message>
        <source>A verdict is pass or fail, not “%1”.</source>
        <translation>En vurdering er bestått eller strøk, ikke «%1».</translation>
    </message>
    <message>
        <source>A concept needs a name.</source>
        <translation>Et konsept må ha et navn.</translation>
    </message>
    <message>
        <source>A concept links to themes and code groups.</source>
        <translation>Et konsept kan bare kobles til temaer og kodegrupper.</translation>
    </message>
    <message>
        <source>The edit does not fit the document&apos;s text (%1).</source>
        <translation>Endringen passer ikke til teksten i dokumentet (%1).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Ingenting å endre.</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Skriv inn teksten du vil finne.</translation>
    </message>
    <message>
        <source>Renaming the code “%1” to “%2” would clash with another code; nothing was replaced.</source>
        <extracomment>(code id, name before, name after) for codes renamed with the text.</extracomment>
        <translation>Å gi koden «%1» navnet «%2» ville kollidere med en annen kode; ingenting ble erstattet.</translation>
    </message>
    <message>
        <source>“%1” does not occur in any document.</source>
        <translation>«%1» finnes ikke i noe dokument.</translation>
    </message>
    <message>
        <source>A version needs a label.</source>
        <translation>En versjon må ha et navn.</translation>
    </message>
    <message>
        <source>A version is already labelled “%1”.</source>
        <translation>En versjon heter allerede «%1».</translation>
    </message>
    <message>
        <source>There is no version labelled “%1”.</source>
        <translation>Det finnes ingen versjon som heter «%1».</translation>
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
        <source>Imported %Ln document(s).</source>
        <translation>
            <numerusform>Importerte %Ln dokument.</numerusform>
            <numerusform>Importerte %Ln dokumenter.</numerusform>
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
        <source>%Ln coding(s) lost all their text and were removed; Undo brings them back.</source>
        <translation>
            <numerusform>%Ln koding mistet all teksten sin og ble fjernet; Angre henter den tilbake.</numerusform>
            <numerusform>%Ln kodinger mistet all teksten sin og ble fjernet; Angre henter dem tilbake.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) lost some of their text.</source>
        <translation>
            <numerusform>%Ln koding mistet noe av teksten sin.</numerusform>
            <numerusform>%Ln kodinger mistet noe av teksten sin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln Hit(s) With</source>
        <translation>
            <numerusform>Kod %Ln treff med</numerusform>
            <numerusform>Kod %Ln treff med</numerusform>
        </translation>
    </message>
    <message>
        <source>Code search hits</source>
        <translation>Kod søketreff</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passage(s) with “%1”.</source>
        <translation>
            <numerusform>Kodet %Ln utdrag med «%1».</numerusform>
            <numerusform>Kodet %Ln utdrag med «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced in %1 and %2.</source>
        <extracomment>%1: “3 documents”, %2: “2 code names”</extracomment>
        <translation>Erstattet i %1 og %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code name(s)</source>
        <translation>
            <numerusform>%Ln kodenavn</numerusform>
            <numerusform>%Ln kodenavn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %Ln coding(s) from the project? You can undo this.</source>
        <translation>
            <numerusform>Fjerne «%1» med %Ln koding fra prosjektet? Du kan angre dette.</numerusform>
            <numerusform>Fjerne «%1» med %Ln kodinger fra prosjektet? Du kan angre dette.</numerusform>
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
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln forekomst</numerusform>
            <numerusform>%Ln forekomster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupingActions</name>
    <message numerus="yes">
        <source>Move %Ln code(s)</source>
        <translation>
            <numerusform>Flytt %Ln kode</numerusform>
            <numerusform>Flytt %Ln koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln group(s)</source>
        <translation>
            <numerusform>Flytt %Ln gruppe</numerusform>
            <numerusform>Flytt %Ln grupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln theme(s)</source>
        <translation>
            <numerusform>Flytt %Ln tema</numerusform>
            <numerusform>Flytt %Ln temaer</numerusform>
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
        <source>Move %Ln code(s) to the rest group</source>
        <translation>
            <numerusform>Flytt %Ln kode til restgruppen</numerusform>
            <numerusform>Flytt %Ln koder til restgruppen</numerusform>
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
        <source>Name of the new code for the %Ln selected passage(s):</source>
        <translation>
            <numerusform>Navn på den nye koden for det valgte utdraget:</numerusform>
            <numerusform>Navn på den nye koden for de %Ln valgte utdragene:</numerusform>
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
        <source>%1 / %Ln group(s) tested</source>
        <translation>
            <numerusform>%1 / %Ln gruppe testet</numerusform>
            <numerusform>%1 / %Ln grupper testet</numerusform>
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
        <source>Tests → Run the Code Test (Ctrl+T): could the code have been made before the coding? Does it tell what was said, or only what was talked about? Then the Grouping Test, and for concepts the Concept Test. The SDI Overview shows where the analysis stands. If your supervisor words the tests differently, Tests → Wording of the Tests takes their words.</source>
        <translation>Tester → Kjør kodetesten (Ctrl+T): kunne koden vært laget før kodingen? Forteller den hva som ble sagt, eller bare hva det ble snakket om? Deretter grupperingstesten, og for konsepter konsepttesten. SDI-oversikten viser hvor analysen står. Formulerer veilederen din testene annerledes, kan du bruke veilederens ord under Tester → Formulering av testene.</translation>
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
    <name>ImportWorker</name>
    <message>
        <source>the project could not be written (%1)</source>
        <extracomment>(files done, files in all, name of the file being read) The ImportReport, when every file is done or the import was cancelled.</extracomment>
        <translation>prosjektet kunne ikke skrives (%1)</translation>
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
        <source>&amp;Wording of the Tests…</source>
        <translation>Formu&amp;lering av testene …</translation>
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
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kode</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln koding</numerusform>
            <numerusform>%Ln kodinger</numerusform>
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
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln utdrag</numerusform>
            <numerusform>%Ln utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
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
    <name>TestWordingDialog</name>
    <message>
        <source>Wording of the Tests</source>
        <extracomment>Thresholds shown in percent (shares of 0–1 in checks.json). Similarity scores from 1 to 100.</extracomment>
        <translation>Formulering av testene</translation>
    </message>
    <message>
        <source>Word the tests as your teacher or your method book does. The wording is kept in this project, in the language of the interface; the other language keeps its own.</source>
        <extracomment>The wording of every text, by its path, as it stands in the dialog.</extracomment>
        <translation>Formuler testene slik veilederen din eller metodeboka di gjør. Formuleringen lagres i dette prosjektet, på språket i grensesnittet; det andre språket beholder sin egen.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Formulering</translation>
    </message>
    <message>
        <source>Texts of the tests</source>
        <translation>Tekstene i testene</translation>
    </message>
    <message>
        <source>&amp;Bundled Wording</source>
        <translation>&amp;Opprinnelig formulering</translation>
    </message>
    <message>
        <source>Give this text its bundled wording again</source>
        <translation>Gi denne teksten den opprinnelige formuleringen igjen</translation>
    </message>
    <message>
        <source>When the hints beside the code test and the questions on the grouping are raised.</source>
        <translation>Når hintene ved kodetesten og spørsmålene om grupperingen vises.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Tekster</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Terskler</translation>
    </message>
    <message>
        <source>Bundled Wording for &amp;All</source>
        <translation>Opprinnelig formulering for &amp;alle</translation>
    </message>
    <message>
        <source>A code name is short at this many words or fewer</source>
        <translation>Et kodenavn er kort med så mange ord eller færre</translation>
    </message>
    <message>
        <source>Share of a code name&apos;s words found in the interview guide or the research questions (could have been made before the coding)</source>
        <translation>Andel av ordene i et kodenavn som finnes i intervjuguiden eller forskningsspørsmålene (kunne vært laget før kodingen)</translation>
    </message>
    <message>
        <source>Share of a code name&apos;s words found nowhere near its passages (not in the informant&apos;s words)</source>
        <translation>Andel av ordene i et kodenavn som ikke finnes i nærheten av utdragene (ikke med informantens ord)</translation>
    </message>
    <message>
        <source>Likeness of two code names that may be one code (1–100)</source>
        <translation>Likhet mellom to kodenavn som kan være én kode (1–100)</translation>
    </message>
    <message>
        <source>Likeness of two group names that may be one group (1–100)</source>
        <translation>Likhet mellom to gruppenavn som kan være én gruppe (1–100)</translation>
    </message>
    <message>
        <source>A group is large when it holds this share of the codes</source>
        <translation>En gruppe er stor når den har denne andelen av kodene</translation>
    </message>
    <message>
        <source>… or this many codes</source>
        <translation>… eller så mange koder</translation>
    </message>
    <message>
        <source>The rest group holds much of the material at this share of the codes</source>
        <translation>Restgruppen har mye av materialet ved denne andelen av kodene</translation>
    </message>
    <message>
        <source>Most groups an analysis chapter carries</source>
        <translation>Flest grupper et analysekapittel kan bære</translation>
    </message>
    <message>
        <source>Fewest groups an analysis chapter needs</source>
        <translation>Færrest grupper et analysekapittel trenger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Spørsmål %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Svar «%1»</translation>
    </message>
    <message>
        <source>Hints on codes</source>
        <translation>Hint om koder</translation>
    </message>
    <message>
        <source>Questions on the grouping</source>
        <translation>Spørsmål om grupperingen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Bundled: %1</source>
        <translation>Opprinnelig: %1</translation>
    </message>
    <message>
        <source>Added by this project: it has no bundled wording.</source>
        <translation>Lagt til av dette prosjektet: den har ingen opprinnelig formulering.</translation>
    </message>
    <message>
        <source>Stegvis fills in: %1</source>
        <translation>Stegvis fyller inn: %1</translation>
    </message>
    <message>
        <source>Stegvis fills in nothing here: write no { } in it.</source>
        <translation>Stegvis fyller ikke inn noe her: skriv ingen { } i den.</translation>
    </message>
    <message>
        <source>“%1” has a { or } without its pair. Write {{ or }} for a brace of its own.</source>
        <translation>«%1» har en { eller } uten sin make. Skriv {{ eller }} for en krøllparentes alene.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>“%1” uses %2, which Stegvis cannot fill in there; it can fill in: %3.</source>
        <translation>«%1» bruker %2, som Stegvis ikke kan fylle inn der; den kan fylle inn: %3.</translation>
    </message>
    <message>
        <source>The fewest groups a chapter needs cannot be more than the most it carries.</source>
        <translation>Færrest grupper et kapittel trenger kan ikke være flere enn flest grupper det kan bære.</translation>
    </message>
    <message>
        <source>This wording cannot be used yet. %1</source>
        <translation>Denne formuleringen kan ikke brukes ennå. %1</translation>
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
        <source>Delete “%1” and uncode its %Ln passage(s)? You can undo this.</source>
        <translation>
            <numerusform>Slette «%1» og fjerne kodingen av %Ln utdrag? Du kan angre dette.</numerusform>
            <numerusform>Slette «%1» og fjerne kodingen av %Ln utdrag? Du kan angre dette.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of them coded</source>
        <extracomment>%1: “6 documents”; %2: a number</extracomment>
        <translation>%1, %2 av dem kodet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: “240 codes”, %2: “1,200 coded passages”</extracomment>
        <translation>%1 på %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded passage(s)</source>
        <translation>
            <numerusform>%Ln kodet utdrag</numerusform>
            <numerusform>%Ln kodede utdrag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kode</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + the rest group (%2), %3; %4 ungrouped</source>
        <extracomment>%1: “18 code groups”, %2: “12 codes”, %3: “4 themes”, %4: “3 codes”</extracomment>
        <translation>%1 + restgruppen (%2), %3; %4 ugruppert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln tema</numerusform>
            <numerusform>%Ln temaer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code group(s)</source>
        <translation>
            <numerusform>%Ln kodegruppe</numerusform>
            <numerusform>%Ln kodegrupper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln gruppe</numerusform>
            <numerusform>%Ln grupper</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 hold beyond the study, %3 do not, %4 untested</source>
        <extracomment>%1: “3 concepts”; %2, %3, %4: numbers</extracomment>
        <translation>%1; %2 holder ut over studien, %3 gjør det ikke, %4 ikke testet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln concept(s)</source>
        <translation>
            <numerusform>%Ln konsept</numerusform>
            <numerusform>%Ln konsepter</numerusform>
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
        <source>Change the wording of the tests</source>
        <translation>Endre formuleringen av testene</translation>
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
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln dokument</numerusform>
            <numerusform>%Ln dokumenter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln kode</numerusform>
            <numerusform>%Ln koder</numerusform>
        </translation>
    </message>
    <message>
        <source>%s (missing)</source>
        <translation>%s (mangler)</translation>
    </message>
</context>
</TS>
