<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Code in vivo</source>
        <extracomment>Commands with this id may merge: a rename right after an in-vivo code becomes part of it, so one undo takes back the code and its name.</extracomment>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <source>Code in vivo “%s”</source>
        <translation>Code in vivo “%s”</translation>
    </message>
    <message>
        <source>Code with “%s”</source>
        <translation>Code with “%s”</translation>
    </message>
    <message>
        <source>Remove coding “%s”</source>
        <translation>Remove coding “%s”</translation>
    </message>
    <message>
        <source>New code “%s”</source>
        <translation>New code “%s”</translation>
    </message>
    <message>
        <source>Rename code to “%s”</source>
        <translation>Rename code to “%s”</translation>
    </message>
    <message>
        <source>Delete code “%s”</source>
        <translation>Delete code “%s”</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln document(s)</source>
        <translation>
            <numerusform>Import %Ln document</numerusform>
            <numerusform>Import %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove document “%s”</source>
        <translation>Remove document “%s”</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>Replace “%1” with “%2”</translation>
    </message>
    <message>
        <source>Change properties of “%s”</source>
        <translation>Change properties of “%s”</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Change %s</translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln code(s) into “%s”</source>
        <translation>
            <numerusform>Merge %Ln code into “%s”</numerusform>
            <numerusform>Merge %Ln codes into “%s”</numerusform>
        </translation>
    </message>
    <message>
        <source>Split “%s”</source>
        <translation>Split “%s”</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Edit memo</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Edit description</translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln search hit(s) with “%s”</source>
        <translation>
            <numerusform>Code %Ln search hit with “%s”</numerusform>
            <numerusform>Code %Ln search hits with “%s”</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Interview guide</translation>
    </message>
    <message>
        <source>Field note</source>
        <translation>Field note</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>%1 — %2 in %3</source>
        <extracomment>%2: “12 passages”, %3: “3 documents”</extracomment>
        <translation>%1 — %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodePicker</name>
    <message>
        <source>Code with existing code</source>
        <translation>Code with existing code</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name…</source>
        <translation>Type part of a code&apos;s name…</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Code name</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Matching codes</translation>
    </message>
    <message>
        <source>Enter codes the passage with the highlighted code.</source>
        <translation>Enter codes the passage with the highlighted code.</translation>
    </message>
    <message>
        <source>No code matches: Enter creates the code “%s”.</source>
        <translation>No code matches: Enter creates the code “%s”.</translation>
    </message>
</context>
<context>
    <name>CodeTestPage</name>
    <message>
        <source>Untested codes first</source>
        <extracomment>(code id, verdict &quot;pass&quot;/&quot;fail&quot;/None, answers, note): record it. Mend a failed code: (action, code id), action in rename, merge, rest, delete.</extracomment>
        <translation>Untested codes first</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>All codes</translation>
    </message>
    <message>
        <source>Failed codes</source>
        <translation>Failed codes</translation>
    </message>
    <message>
        <source>Which codes to test</source>
        <translation>Which codes to test</translation>
    </message>
    <message>
        <source>Passages of the code</source>
        <translation>Passages of the code</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <source>The code failed. Mend it, or keep it for now:</source>
        <translation>The code failed. Mend it, or keep it for now:</translation>
    </message>
    <message>
        <source>R  Rename…</source>
        <translation>R  Rename…</translation>
    </message>
    <message>
        <source>M  Merge into…</source>
        <translation>M  Merge into…</translation>
    </message>
    <message>
        <source>G  To the rest group</source>
        <translation>G  To the rest group</translation>
    </message>
    <message>
        <source>Del  Delete</source>
        <translation>Del  Delete</translation>
    </message>
    <message>
        <source>Note (why this verdict) — saved with it</source>
        <translation>Note (why this verdict) — saved with it</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation>Q%1: %2</translation>
    </message>
    <message>
        <source>%1 / %2 tested · %3 passed · %4 failed</source>
        <translation>%1 / %2 tested · %3 passed · %4 failed</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No codes to test here.&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No codes to test here.&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Tested: %s</source>
        <translation>Tested: %s</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Not tested yet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This code has no passages.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;This code has no passages.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <source>Code system</source>
        <extracomment>For codes: the group (None: ungrouped); for groups: the theme (None: none). Insert before this code / group / theme (None: at the end). A drop asks for a move (MoveRequest); the window makes it a command. (kind, id, new name): a name was edited in place.</extracomment>
        <translation>Code system</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Pass.</source>
        <translation>Pass.</translation>
    </message>
    <message>
        <source>Docs</source>
        <translation>Docs</translation>
    </message>
    <message>
        <source>Coded passages</source>
        <translation>Coded passages</translation>
    </message>
    <message>
        <source>Documents with coded passages</source>
        <translation>Documents with coded passages</translation>
    </message>
</context>
<context>
    <name>CodeTreePanel</name>
    <message>
        <source>Group</source>
        <extracomment>Above this many matching codes, a filter leaves the groups closed. The current item changed: (kind, id); kind &quot;&quot; for none. The current code changed (id, or -1 when the current item is not a code). An item was activated (double-click or Enter): (kind, id).</extracomment>
        <translation>Group</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ungrouped</translation>
    </message>
    <message>
        <source>Filter codes…</source>
        <translation>Filter codes…</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filter codes</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>Code system</translation>
    </message>
    <message>
        <source>Ungrouped: %n</source>
        <translation>Ungrouped: %n</translation>
    </message>
</context>
<context>
    <name>CodingActions</name>
    <message>
        <source>Select a passage in the document first.</source>
        <translation>Select a passage in the document first.</translation>
    </message>
    <message>
        <source>New code: type to edit its name, Enter to keep it.</source>
        <translation>New code: type to edit its name, Enter to keep it.</translation>
    </message>
    <message>
        <source>Coded with the existing code “%s”.</source>
        <translation>Coded with the existing code “%s”.</translation>
    </message>
    <message>
        <source>The passage is already coded with “%s”.</source>
        <translation>The passage is already coded with “%s”.</translation>
    </message>
    <message>
        <source>Coded with “%s”.</source>
        <translation>Coded with “%s”.</translation>
    </message>
    <message>
        <source>Code with new code “%s”</source>
        <translation>Code with new code “%s”</translation>
    </message>
    <message>
        <source>No coding here to remove.</source>
        <translation>No coding here to remove.</translation>
    </message>
    <message>
        <source>Remove Coding</source>
        <translation>Remove Coding</translation>
    </message>
    <message>
        <source>Remove the coding of:</source>
        <translation>Remove the coding of:</translation>
    </message>
    <message>
        <source>New Code</source>
        <translation>New Code</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Name of the new code:</translation>
    </message>
    <message>
        <source>Rename to “%s”</source>
        <translation>Rename to “%s”</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Delete Code</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its %Ln coded passage(s) will no longer be coded. You can undo this.</source>
        <translation>
            <numerusform>Delete %1? Its %Ln coded passage will no longer be coded. You can undo this.</numerusform>
            <numerusform>Delete %1? Its %Ln coded passages will no longer be coded. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln item(s)</source>
        <translation>
            <numerusform>Delete %Ln item</numerusform>
            <numerusform>Delete %Ln items</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete groups and themes</source>
        <translation>Delete groups and themes</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Command Palette</translation>
    </message>
    <message>
        <source>Type an action, a code or a document…</source>
        <translation>Type an action, a code or a document…</translation>
    </message>
    <message>
        <source>Search actions, codes and documents</source>
        <translation>Search actions, codes and documents</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
</context>
<context>
    <name>ConceptTestPage</name>
    <message>
        <source>Concepts</source>
        <extracomment>(concept id or None for new, name, links, description) (concept id, verdict, answers, note)</extracomment>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>New Concept</source>
        <translation>New Concept</translation>
    </message>
    <message>
        <source>Delete Concept</source>
        <translation>Delete Concept</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concepts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Concepts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name of the concept</source>
        <translation>Name of the concept</translation>
    </message>
    <message>
        <source>Concept name</source>
        <translation>Concept name</translation>
    </message>
    <message>
        <source>What the concept means, and how the themes point to it</source>
        <translation>What the concept means, and how the themes point to it</translation>
    </message>
    <message>
        <source>Concept description</source>
        <translation>Concept description</translation>
    </message>
    <message>
        <source>Themes and groups the concept comes from</source>
        <translation>Themes and groups the concept comes from</translation>
    </message>
    <message>
        <source>Save Concept</source>
        <translation>Save Concept</translation>
    </message>
    <message>
        <source>Note — saved with the verdict</source>
        <translation>Note — saved with the verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Comes from these themes and code groups:</source>
        <translation>Comes from these themes and code groups:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept test&lt;/b&gt; — SDI step 4: concepts that the themes and groups point to</source>
        <translation>&lt;b&gt;Concept test&lt;/b&gt; — SDI step 4: concepts that the themes and groups point to</translation>
    </message>
    <message>
        <source>Holds beyond the study</source>
        <translation>Holds beyond the study</translation>
    </message>
    <message>
        <source>Tied to this study</source>
        <translation>Tied to this study</translation>
    </message>
</context>
<context>
    <name>CoreExchange</name>
    <message>
        <source>%1 (made by %2) – codes: %3, groups: %4, themes: %5</source>
        <extracomment>Namespace of the GUIDs Stegvis derives (notes, cases, variables, selections). A project file (.qde) or codebook (.qdc); thousands of codes and codings stay far below. One source&apos;s plain text; a transcript of many hours is a few MB. Everything read from one .qdpx together (media files are never read). Unpacked/packed size: text packs 3-10 times, a zip bomb thousands of times. a codebook: no documents or codings to speak of %1: file, %2: the program that made it, then how many codes, groups, themes</extracomment>
        <translation>%1 (made by %2) – codes: %3, groups: %4, themes: %5</translation>
    </message>
    <message>
        <source>%1 – codes: %2, groups: %3, themes: %4</source>
        <extracomment>%1: file, then how many codes, groups, themes</extracomment>
        <translation>%1 – codes: %2, groups: %3, themes: %4</translation>
    </message>
    <message>
        <source>%1 (made by %2) – documents: %3, codes: %4, groups: %5, themes: %6, codings: %7</source>
        <extracomment>%1: file, %2: the program that made it, then how many documents, codes, groups, themes, codings</extracomment>
        <translation>%1 (made by %2) – documents: %3, codes: %4, groups: %5, themes: %6, codings: %7</translation>
    </message>
    <message>
        <source>%1 – documents: %2, codes: %3, groups: %4, themes: %5, codings: %6</source>
        <extracomment>%1: file, then how many documents, codes, groups, themes, codings</extracomment>
        <translation>%1 – documents: %2, codes: %3, groups: %4, themes: %5, codings: %6</translation>
    </message>
    <message>
        <source>Added (%1): %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>Added (%1): %2</translation>
    </message>
    <message>
        <source>Merged with the project&apos;s own (%1): %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>Merged with the project&apos;s own (%1): %2</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Not brought over: %1</source>
        <translation>Not brought over: %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1: a list of names, %2: how many more</extracomment>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>%1 has a document type declaration (&lt;!DOCTYPE&gt;), which REFI-QDA files never use; refusing it for safety</source>
        <extracomment>%1: “the codebook” or a file name</extracomment>
        <translation>%1 has a document type declaration (&lt;!DOCTYPE&gt;), which REFI-QDA files never use; refusing it for safety</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2): %3</source>
        <extracomment>%1: “the codebook” or a file name, %2: line number, %3: the XML parser&apos;s reason (English)</extracomment>
        <translation>%1 is not well-formed XML (line %2): %3</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML: %2</source>
        <extracomment>%1: “the codebook” or a file name, %2: the XML parser&apos;s reason (English)</extracomment>
        <translation>%1 is not well-formed XML: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as XML (%2)</source>
        <extracomment>%1: “the codebook” or a file name, %2: the reason (English)</extracomment>
        <translation>%1 cannot be read as XML (%2)</translation>
    </message>
    <message>
        <source>%1 declares XML entities; refusing it for safety</source>
        <extracomment>%1: “the codebook” or a file name</extracomment>
        <translation>%1 declares XML entities; refusing it for safety</translation>
    </message>
    <message>
        <source>%1 uses XML entities, which REFI-QDA files never use; refusing it</source>
        <extracomment>%1: “the codebook” or a file name</extracomment>
        <translation>%1 uses XML entities, which REFI-QDA files never use; refusing it</translation>
    </message>
    <message>
        <source>%1 is not a REFI-QDA %2 (its root element is &lt;%3&gt;)</source>
        <extracomment>%1: “the codebook” or a file name, %2: the element expected (CodeBook, Project), %3: the element found</extracomment>
        <translation>%1 is not a REFI-QDA %2 (its root element is &lt;%3&gt;)</translation>
    </message>
    <message>
        <source>too large for %1 (%2 MB; the limit is %3 MB)</source>
        <extracomment>%1: “a codebook”, %2 and %3: sizes in MB</extracomment>
        <translation>too large for %1 (%2 MB; the limit is %3 MB)</translation>
    </message>
    <message>
        <source>too large for %1</source>
        <extracomment>%1: “a codebook”</extracomment>
        <translation>too large for %1</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <extracomment>%1: the system&apos;s reason (English)</extracomment>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>the archive holds %1 files, too many for a project; refusing it</source>
        <extracomment>%1: how many files (always thousands)</extracomment>
        <translation>the archive holds %1 files, too many for a project; refusing it</translation>
    </message>
    <message>
        <source>.qdpx file</source>
        <extracomment>Completes “a folder, not a %1”.</extracomment>
        <translation>.qdpx file</translation>
    </message>
    <message>
        <source>not a .qdpx project (not a zip archive, or a damaged one)</source>
        <translation>not a .qdpx project (not a zip archive, or a damaged one)</translation>
    </message>
    <message>
        <source>the project would expand to %1 MB, more than %2 MB; refusing it</source>
        <extracomment>%1 and %2: sizes in MB</extracomment>
        <translation>the project would expand to %1 MB, more than %2 MB; refusing it</translation>
    </message>
    <message>
        <source>the project would expand to %1 MB from %2 KB (a zip bomb?); refusing it</source>
        <extracomment>%1: size in MB, %2: size in KB</extracomment>
        <translation>the project would expand to %1 MB from %2 KB (a zip bomb?); refusing it</translation>
    </message>
    <message>
        <source>the archive holds a file with an unsafe path (“%1”); refusing it</source>
        <extracomment>%1: the path inside the archive</extracomment>
        <translation>the archive holds a file with an unsafe path (“%1”); refusing it</translation>
    </message>
    <message>
        <source>“%1” would expand to %2 MB from %3 KB (a zip bomb?); refusing it</source>
        <extracomment>%1: the path inside the archive, %2: size in MB, %3: size in KB</extracomment>
        <translation>“%1” would expand to %2 MB from %3 KB (a zip bomb?); refusing it</translation>
    </message>
    <message>
        <source>no project file (.qde) at the top of the archive; not a REFI-QDA project</source>
        <translation>no project file (.qde) at the top of the archive; not a REFI-QDA project</translation>
    </message>
    <message>
        <source>several project files (.qde) at the top of the archive (%1); expected one</source>
        <extracomment>%1: file names</extracomment>
        <translation>several project files (.qde) at the top of the archive (%1); expected one</translation>
    </message>
    <message>
        <source>%1 is password-protected; export the project again without a password</source>
        <extracomment>%1: a file name or “the text of “Interview 1””</extracomment>
        <translation>%1 is password-protected; export the project again without a password</translation>
    </message>
    <message>
        <source>%1 is packed in an unusual way (zip method %2)</source>
        <extracomment>%1: a file name or “the text of “Interview 1””, %2: a number</extracomment>
        <translation>%1 is packed in an unusual way (zip method %2)</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <extracomment>%1: a file name or “the text of “Interview 1””, %2 and %3: sizes in MB</extracomment>
        <translation>%1 is too large (%2 MB; the limit is %3 MB)</translation>
    </message>
    <message>
        <source>the project would expand to more than %1 MB; refusing it</source>
        <extracomment>%1: size in MB</extracomment>
        <translation>the project would expand to more than %1 MB; refusing it</translation>
    </message>
    <message>
        <source>%1 is larger than it says; refusing it</source>
        <extracomment>%1: a file name or “the text of “Interview 1””</extracomment>
        <translation>%1 is larger than it says; refusing it</translation>
    </message>
    <message>
        <source>%1 is damaged in the archive (%2)</source>
        <extracomment>%1: a file name or “the text of “Interview 1””, %2: the reason (English)</extracomment>
        <translation>%1 is damaged in the archive (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged in the archive</source>
        <extracomment>%1: a file name or “the text of “Interview 1””</extracomment>
        <translation>%1 is damaged in the archive</translation>
    </message>
    <message>
        <source>not UTF-8; read as Windows-1252</source>
        <extracomment>Completes “the text of “Interview 1” was %2”.</extracomment>
        <translation>not UTF-8; read as Windows-1252</translation>
    </message>
    <message>
        <source>UTF-16 code units, CR LF counted as one</source>
        <extracomment>Completes “positions were read as %1 (…)”.</extracomment>
        <translation>UTF-16 code units, CR LF counted as one</translation>
    </message>
    <message>
        <source>UTF-16 code units, CR LF counted as two</source>
        <translation>UTF-16 code units, CR LF counted as two</translation>
    </message>
    <message>
        <source>code points, CR LF counted as one</source>
        <translation>code points, CR LF counted as one</translation>
    </message>
    <message>
        <source>code points, CR LF counted as two</source>
        <translation>code points, CR LF counted as two</translation>
    </message>
    <message>
        <source>verdicts of SDI&apos;s tests (%1; REFI-QDA has no place for them)</source>
        <extracomment>How much of a passage names its selection (other programs show it; the importer checks offsets with it). %1: how many</extracomment>
        <translation>verdicts of SDI&apos;s tests (%1; REFI-QDA has no place for them)</translation>
    </message>
    <message>
        <source>the research questions (REFI-QDA has no place for them)</source>
        <translation>the research questions (REFI-QDA has no place for them)</translation>
    </message>
    <message>
        <source>the project&apos;s own settings for SDI&apos;s tests</source>
        <translation>the project&apos;s own settings for SDI&apos;s tests</translation>
    </message>
    <message>
        <source>memos (%1; a codebook has no notes; export a .qdpx to keep them)</source>
        <extracomment>%1: how many</extracomment>
        <translation>memos (%1; a codebook has no notes; export a .qdpx to keep them)</translation>
    </message>
    <message>
        <source>the memos of concepts (a codebook has no notes)</source>
        <translation>the memos of concepts (a codebook has no notes)</translation>
    </message>
    <message>
        <source>the project has no codes, groups or themes; a codebook needs at least one code</source>
        <translation>the project has no codes, groups or themes; a codebook needs at least one code</translation>
    </message>
    <message>
        <source>codes without a name (%1) were named “Unnamed code 1” and so on</source>
        <extracomment>%1: how many. The names are written in English into the project.</extracomment>
        <translation>codes without a name (%1) were named “Unnamed code 1” and so on</translation>
    </message>
    <message>
        <source>the codes directly under the theme “%1” were put in a group of the same name</source>
        <extracomment>the node this code stands for is also a group or theme (its codings come here) filled when written: the file&apos;s reference of a theme or group -&gt; (&quot;theme&quot; | &quot;group&quot;, its row) %1: the theme&apos;s name</extracomment>
        <translation>the codes directly under the theme “%1” were put in a group of the same name</translation>
    </message>
    <message>
        <source>parent codes with codings of their own (%1) became a group (or theme) and a code of the same name inside it: %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>parent codes with codings of their own (%1) became a group (or theme) and a code of the same name inside it: %2</translation>
    </message>
    <message>
        <source>codable parent codes without codings (%1) became groups: %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>codable parent codes without codings (%1) became groups: %2</translation>
    </message>
    <message>
        <source>code trees deeper than theme / group / code (%1) were flattened into the codes of their group: %2</source>
        <extracomment>%1: how many, %2: the trees, as “Group &gt; Code”</extracomment>
        <translation>code trees deeper than theme / group / code (%1) were flattened into the codes of their group: %2</translation>
    </message>
    <message>
        <source>empty folders below the group level (%1): %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>empty folders below the group level (%1): %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <extracomment>%1: the old name, %2: the new one</extracomment>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>codes that shared a name with another code (%1) were renamed: %2</source>
        <extracomment>%1: how many, %2: “old” → “new”, …</extracomment>
        <translation>codes that shared a name with another code (%1) were renamed: %2</translation>
    </message>
    <message>
        <source>no plain text</source>
        <translation>no plain text</translation>
    </message>
    <message>
        <source>the text of %1</source>
        <extracomment>%1: “Interview 1” or note “Memo”</extracomment>
        <translation>the text of %1</translation>
    </message>
    <message>
        <source>the text of %1 was %2</source>
        <extracomment>%1: “Interview 1” or note “Memo”, %2: “utf-16-le” or “not UTF-8; read as Windows-1252”</extracomment>
        <translation>the text of %1 was %2</translation>
    </message>
    <message>
        <source>“%1” (binary data, not text)</source>
        <extracomment>%1: a document&apos;s name</extracomment>
        <translation>“%1” (binary data, not text)</translation>
    </message>
    <message>
        <source>note “%1”</source>
        <extracomment>%1: the note&apos;s name or number</extracomment>
        <translation>note “%1”</translation>
    </message>
    <message>
        <source>“%1” (a PDF without its plain text)</source>
        <extracomment>%1: the PDF&apos;s name or number</extracomment>
        <translation>“%1” (a PDF without its plain text)</translation>
    </message>
    <message>
        <source>links (%1; Stegvis has no links)</source>
        <extracomment>%1: how many</extracomment>
        <translation>links (%1; Stegvis has no links)</translation>
    </message>
    <message>
        <source>graphs (%1; Stegvis has no graphs)</source>
        <extracomment>%1: how many</extracomment>
        <translation>graphs (%1; Stegvis has no graphs)</translation>
    </message>
    <message>
        <source>codings of regions of PDF pages (%1)</source>
        <extracomment>%1: how many</extracomment>
        <translation>codings of regions of PDF pages (%1)</translation>
    </message>
    <message>
        <source>sources without readable plain text (%1): %2</source>
        <extracomment>%1: how many, %2: the sources, each with what was wrong</extracomment>
        <translation>sources without readable plain text (%1): %2</translation>
    </message>
    <message>
        <source>sets (%1; Stegvis has no sets)</source>
        <extracomment>%1: how many</extracomment>
        <translation>sets (%1; Stegvis has no sets)</translation>
    </message>
    <message>
        <source>picture sources (%1; Stegvis holds text only)</source>
        <extracomment>%1: how many</extracomment>
        <translation>picture sources (%1; Stegvis holds text only)</translation>
    </message>
    <message>
        <source>audio sources (%1; Stegvis holds text only)</source>
        <extracomment>%1: how many</extracomment>
        <translation>audio sources (%1; Stegvis holds text only)</translation>
    </message>
    <message>
        <source>video sources (%1; Stegvis holds text only)</source>
        <extracomment>%1: how many</extracomment>
        <translation>video sources (%1; Stegvis holds text only)</translation>
    </message>
    <message>
        <source>%1 sources (%2; Stegvis holds text only)</source>
        <extracomment>%1: the kind of source as the file names it (lower case, English), %2: how many</extracomment>
        <translation>%1 sources (%2; Stegvis holds text only)</translation>
    </message>
    <message>
        <source>the document “%1” has no text</source>
        <extracomment>%1: the document&apos;s name</extracomment>
        <translation>the document “%1” has no text</translation>
    </message>
    <message>
        <source>as the passages&apos; own texts show</source>
        <translation>as the passages&apos; own texts show</translation>
    </message>
    <message>
        <source>as %1 counts them</source>
        <extracomment>%1: the program that made the file</extracomment>
        <translation>as %1 counts them</translation>
    </message>
    <message>
        <source>as the program counts them</source>
        <translation>as the program counts them</translation>
    </message>
    <message>
        <source>as their lengths show</source>
        <translation>as their lengths show</translation>
    </message>
    <message>
        <source>positions were read as %1 (%2) and converted to Stegvis&apos;s code points; documents: %3</source>
        <extracomment>%1: “UTF-16 code units, CR LF counted as two”, %2: “as NVivo counts them”, %3: how many documents</extracomment>
        <translation>positions were read as %1 (%2) and converted to Stegvis&apos;s code points; documents: %3</translation>
    </message>
    <message>
        <source>documents with the same name were renamed: %1</source>
        <extracomment>%1: “old” → “new”, …</extracomment>
        <translation>documents with the same name were renamed: %1</translation>
    </message>
    <message>
        <source>comments on passages (%1: selections without a code, notes on selections) were added to the memo of their document with the passage quoted</source>
        <translation>comments on passages (%1: selections without a code, notes on selections) were added to the memo of their document with the passage quoted</translation>
    </message>
    <message>
        <source>codings of whole documents (%1) became codings of the document&apos;s whole text</source>
        <translation>codings of whole documents (%1) became codings of the document&apos;s whole text</translation>
    </message>
    <message>
        <source>passages reaching past the end of their text (%1) were cut at the end</source>
        <translation>passages reaching past the end of their text (%1) were cut at the end</translation>
    </message>
    <message>
        <source>codings of the same passage with the same code (%1) were kept once</source>
        <translation>codings of the same passage with the same code (%1) were kept once</translation>
    </message>
    <message>
        <source>codings with a code that is not in the codebook (%1)</source>
        <translation>codings with a code that is not in the codebook (%1)</translation>
    </message>
    <message>
        <source>codings outside their document&apos;s text (%1)</source>
        <translation>codings outside their document&apos;s text (%1)</translation>
    </message>
    <message>
        <source>codings of empty passages (%1)</source>
        <translation>codings of empty passages (%1)</translation>
    </message>
    <message>
        <source>cases not linked to any document (%1)</source>
        <translation>cases not linked to any document (%1)</translation>
    </message>
    <message>
        <source>attribute values given twice to one document (%1): the first was kept</source>
        <translation>attribute values given twice to one document (%1): the first was kept</translation>
    </message>
    <message>
        <source>concept “%1”</source>
        <extracomment>%1: the concept&apos;s name</extracomment>
        <translation>concept “%1”</translation>
    </message>
    <message>
        <source>theme “%1”</source>
        <extracomment>%1: the theme&apos;s name</extracomment>
        <translation>theme “%1”</translation>
    </message>
    <message>
        <source>rest group “%1”</source>
        <extracomment>%1: the rest group&apos;s name</extracomment>
        <translation>rest group “%1”</translation>
    </message>
    <message>
        <source>group “%1”</source>
        <extracomment>%1: the group&apos;s name</extracomment>
        <translation>group “%1”</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>already exists; choose another name</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1: a folder</extracomment>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>a codebook</source>
        <extracomment>Completes “too large for %1”.</extracomment>
        <translation>a codebook</translation>
    </message>
    <message>
        <source>a zip archive, not a REFI-QDA CodeBook (a .qdpx project is imported as a new project)</source>
        <translation>a zip archive, not a REFI-QDA CodeBook (a .qdpx project is imported as a new project)</translation>
    </message>
    <message>
        <source>the codebook</source>
        <extracomment>Begins messages such as “%1 is not well-formed XML: …”.</extracomment>
        <translation>the codebook</translation>
    </message>
    <message>
        <source>merged codes (%1) stay in their own group, not the codebook&apos;s: %2</source>
        <extracomment>%1: how many, %2: their names</extracomment>
        <translation>merged codes (%1) stay in their own group, not the codebook&apos;s: %2</translation>
    </message>
</context>
<context>
    <name>CoreExport</name>
    <message>
        <source>export cancelled; no file was written</source>
        <translation>export cancelled; no file was written</translation>
    </message>
    <message>
        <source>permission denied: the file may be open in Word or Excel, or be write-protected; close it and export again</source>
        <translation>permission denied: the file may be open in Word or Excel, or be write-protected; close it and export again</translation>
    </message>
    <message>
        <source>permission denied: cannot write in this folder; choose another folder</source>
        <translation>permission denied: cannot write in this folder; choose another folder</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the folder is read-only; choose another folder</source>
        <translation>the folder is read-only; choose another folder</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <extracomment>%1: a folder</extracomment>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>is a folder; give a file name</source>
        <translation>is a folder; give a file name</translation>
    </message>
    <message>
        <source>unknown file type; use .docx (Word), .xlsx (Excel) or .csv</source>
        <extracomment>The code&apos;s first passages in document order (as many as asked for).</extracomment>
        <translation>unknown file type; use .docx (Word), .xlsx (Excel) or .csv</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <extracomment>%1: the system&apos;s reason (English)</extracomment>
        <translation>cannot be written (%1)</translation>
    </message>
</context>
<context>
    <name>CoreImport</name>
    <message>
        <source>unknown file type (no file extension); Stegvis imports %1</source>
        <extracomment>The file types read_transcript imports, in the order the messages name them. Style kinds a StyleSpan can have.</extracomment>
        <translation>unknown file type (no file extension); Stegvis imports %1</translation>
    </message>
    <message>
        <source>unknown file type “%1”; Stegvis imports %2</source>
        <translation>unknown file type “%1”; Stegvis imports %2</translation>
    </message>
    <message>
        <source>too large to import</source>
        <translation>too large to import</translation>
    </message>
    <message>
        <source>the file could not be read; it may be damaged</source>
        <translation>the file could not be read; it may be damaged</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <extracomment>&quot;Intervjuer: ...&quot; at the start of a cue, for the bold label.</extracomment>
        <translation>the file holds no text</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>a folder, not a file</translation>
    </message>
    <message>
        <source>a folder, not a %1</source>
        <translation>a folder, not a %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file cannot be opened (permission denied)</source>
        <translation>the file cannot be opened (permission denied)</translation>
    </message>
    <message>
        <source>the file cannot be read (no such file or directory)</source>
        <translation>the file cannot be read (no such file or directory)</translation>
    </message>
    <message>
        <source>the file cannot be read (not a directory)</source>
        <translation>the file cannot be read (not a directory)</translation>
    </message>
    <message>
        <source>the file cannot be read (is a directory)</source>
        <translation>the file cannot be read (is a directory)</translation>
    </message>
    <message>
        <source>the file cannot be read (file name too long)</source>
        <translation>the file cannot be read (file name too long)</translation>
    </message>
    <message>
        <source>the file cannot be read (too many levels of symbolic links)</source>
        <translation>the file cannot be read (too many levels of symbolic links)</translation>
    </message>
    <message>
        <source>the file cannot be read (no space left on device)</source>
        <translation>the file cannot be read (no space left on device)</translation>
    </message>
    <message>
        <source>the file cannot be read (disk quota exceeded)</source>
        <translation>the file cannot be read (disk quota exceeded)</translation>
    </message>
    <message>
        <source>the file cannot be read (read-only file system)</source>
        <translation>the file cannot be read (read-only file system)</translation>
    </message>
    <message>
        <source>the file cannot be read (file too large)</source>
        <translation>the file cannot be read (file too large)</translation>
    </message>
    <message>
        <source>the file cannot be read (cannot allocate memory)</source>
        <translation>the file cannot be read (cannot allocate memory)</translation>
    </message>
    <message>
        <source>the file cannot be read (too many open files)</source>
        <translation>the file cannot be read (too many open files)</translation>
    </message>
    <message>
        <source>the file cannot be read (too many open files in system)</source>
        <translation>the file cannot be read (too many open files in system)</translation>
    </message>
    <message>
        <source>the file cannot be read (device or resource busy)</source>
        <translation>the file cannot be read (device or resource busy)</translation>
    </message>
    <message>
        <source>the file cannot be read (stale file handle)</source>
        <translation>the file cannot be read (stale file handle)</translation>
    </message>
    <message>
        <source>the file cannot be read (connection timed out)</source>
        <translation>the file cannot be read (connection timed out)</translation>
    </message>
    <message>
        <source>the file cannot be read (invalid argument)</source>
        <translation>the file cannot be read (invalid argument)</translation>
    </message>
    <message>
        <source>the file cannot be read (input/output error)</source>
        <translation>the file cannot be read (input/output error)</translation>
    </message>
    <message>
        <source>the file cannot be read (%1)</source>
        <translation>the file cannot be read (%1)</translation>
    </message>
    <message>
        <source>the folder cannot be opened (permission denied)</source>
        <extracomment>Suffixes that read_transcript judges itself: .doc gets its own message (and a .doc that is really .docx or RTF is read). Files that operating systems leave in folders, skipped without a word.</extracomment>
        <translation>the folder cannot be opened (permission denied)</translation>
    </message>
    <message>
        <source>the folder cannot be read (input/output error)</source>
        <translation>the folder cannot be read (input/output error)</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>the folder cannot be read (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (not a complete %1)</source>
        <extracomment>Everything unpacked together; a long transcript with photos stays far below. Members of a document; Word and LibreOffice write a few dozen. Unpacked/packed size: XML packs 5-20 times; a zip bomb thousands of times. The ratio is judged only past this size, where it starts to matter. Compression methods Word and LibreOffice write; zipfile inflates bzip2 and LZMA chunks without an output bound, so those are refused.</extracomment>
        <translation>the file is damaged (not a complete %1)</translation>
    </message>
    <message>
        <source>the document has %1 parts, too many for a document; refusing it</source>
        <translation>the document has %1 parts, too many for a document; refusing it</translation>
    </message>
    <message>
        <source>too large for a transcript (%1 MB; the limit is %2 MB)</source>
        <extracomment>A transcript of many hours is a few MB of text; more is not a transcript. Encodings charset-normalizer may choose between. Left to consider every encoding it knows, it reads short Norwegian cp1252 text as Big5 or cp1250 (&quot;gĺr&quot; for &quot;går&quot;); restricted to these it tells them apart reliably.</extracomment>
        <translation>too large for a transcript (%1 MB; the limit is %2 MB)</translation>
    </message>
    <message>
        <source>the document holds a part with an unsafe name (“%1”); refusing it</source>
        <translation>the document holds a part with an unsafe name (“%1”); refusing it</translation>
    </message>
    <message>
        <source>password-protected; remove the password and import again</source>
        <translation>password-protected; remove the password and import again</translation>
    </message>
    <message>
        <source>the document is packed in an unusual way; open it and save it again in Word or LibreOffice</source>
        <translation>the document is packed in an unusual way; open it and save it again in Word or LibreOffice</translation>
    </message>
    <message>
        <source>the document would expand to %1 MB; refusing it</source>
        <translation>the document would expand to %1 MB; refusing it</translation>
    </message>
    <message>
        <source>old Word format (.doc); open it in Word and save it as .docx</source>
        <extracomment>Elements whose children are read as if they stood in their place. Stands for a page or column break while a paragraph is read (XML text cannot hold a form feed): at either end of the paragraph it is dropped, as Word starts a new page rather than a new line; inside, it is a line break.</extracomment>
        <translation>old Word format (.doc); open it in Word and save it as .docx</translation>
    </message>
    <message>
        <source>not a Word document (the .docx file is damaged or of another type)</source>
        <translation>not a Word document (the .docx file is damaged or of another type)</translation>
    </message>
    <message>
        <source>not a Word document (no word/document.xml); the file is damaged or of another type</source>
        <translation>not a Word document (no word/document.xml); the file is damaged or of another type</translation>
    </message>
    <message>
        <source>password-protected; remove the password in Word and import again</source>
        <translation>password-protected; remove the password in Word and import again</translation>
    </message>
    <message>
        <source>an old Word .doc file named .docx; save it as .docx</source>
        <translation>an old Word .doc file named .docx; save it as .docx</translation>
    </message>
    <message>
        <source>a Word template or macro-enabled file, not a plain document; save it as .docx</source>
        <translation>a Word template or macro-enabled file, not a plain document; save it as .docx</translation>
    </message>
    <message>
        <source>the Word document is damaged (its XML cannot be read)</source>
        <translation>the Word document is damaged (its XML cannot be read)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (the .odt file is damaged or of another type)</source>
        <extracomment>Cap on table:number-*-repeated, which can otherwise ask for billions. Inline elements whose content the reader does not see as text.</extracomment>
        <translation>not an OpenDocument text (the .odt file is damaged or of another type)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (a spreadsheet, presentation or other kind)</source>
        <translation>not an OpenDocument text (a spreadsheet, presentation or other kind)</translation>
    </message>
    <message>
        <source>not an OpenDocument text (no content.xml); the file is damaged or of another type</source>
        <translation>not an OpenDocument text (no content.xml); the file is damaged or of another type</translation>
    </message>
    <message>
        <source>not an OpenDocument text (no text body); the file is damaged or of another type</source>
        <translation>not an OpenDocument text (no text body); the file is damaged or of another type</translation>
    </message>
    <message>
        <source>the OpenDocument file is damaged (its XML cannot be read)</source>
        <translation>the OpenDocument file is damaged (its XML cannot be read)</translation>
    </message>
    <message>
        <source>not a PDF file (the file is damaged or of another type)</source>
        <translation>not a PDF file (the file is damaged or of another type)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>the PDF is damaged and cannot be read</translation>
    </message>
    <message>
        <source>the PDF has no text layer (a scanned image?); run text recognition first</source>
        <translation>the PDF has no text layer (a scanned image?); run text recognition first</translation>
    </message>
    <message>
        <source>not an RTF document (the file is damaged or of another type)</source>
        <extracomment>Picture data: hex digits, lines of them. striprtf would step through it character by character (a minute for a few photos); it is no text.</extracomment>
        <translation>not an RTF document (the file is damaged or of another type)</translation>
    </message>
    <message>
        <source>the RTF document is damaged and cannot be read</source>
        <translation>the RTF document is damaged and cannot be read</translation>
    </message>
    <message>
        <source>not a valid WebVTT file: the cue time on line %1 cannot be read</source>
        <translation>not a valid WebVTT file: the cue time on line %1 cannot be read</translation>
    </message>
    <message>
        <source>not a WebVTT file with captions (no cue times “00:00:00.000 --&gt; …” found)</source>
        <translation>not a WebVTT file with captions (no cue times “00:00:00.000 --&gt; …” found)</translation>
    </message>
    <message>
        <source>not a valid SubRip (.srt) file: unexpected text on line %1</source>
        <translation>not a valid SubRip (.srt) file: unexpected text on line %1</translation>
    </message>
    <message>
        <source>not a valid SubRip (.srt) file: a cue time cannot be read</source>
        <translation>not a valid SubRip (.srt) file: a cue time cannot be read</translation>
    </message>
    <message>
        <source>not a SubRip file with subtitles (no cue times “00:00:00,000 --&gt; …” found)</source>
        <translation>not a SubRip file with subtitles (no cue times “00:00:00,000 --&gt; …” found)</translation>
    </message>
    <message>
        <source>the %1 text is damaged (invalid bytes at byte %2)</source>
        <translation>the %1 text is damaged (invalid bytes at byte %2)</translation>
    </message>
    <message>
        <source>binary data, not a text file</source>
        <translation>binary data, not a text file</translation>
    </message>
</context>
<context>
    <name>CoreProjectFile</name>
    <message>
        <source>cannot be opened (%1)</source>
        <extracomment>The document shown (None: the project has none), its text, codings and styles. The file&apos;s size and modification time when it was read.</extracomment>
        <translation>cannot be opened (%1)</translation>
    </message>
    <message>
        <source>is damaged (%1); open a backup copy</source>
        <translation>is damaged (%1); open a backup copy</translation>
    </message>
    <message>
        <source>is the open project itself; choose another name</source>
        <extracomment>This program holds the project&apos;s lock file (released on close).</extracomment>
        <translation>is the open project itself; choose another name</translation>
    </message>
    <message>
        <source>the upgrade left %1 broken references; nothing was changed</source>
        <translation>the upgrade left %1 broken references; nothing was changed</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>already exists; choose another name</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>its folder does not exist</translation>
    </message>
    <message>
        <source>cannot be created (%1)</source>
        <translation>cannot be created (%1)</translation>
    </message>
    <message>
        <source>was made by an older Stegvis and must be upgraded before it can be read; open it where it can be written</source>
        <translation>was made by an older Stegvis and must be upgraded before it can be read; open it where it can be written</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 on %2 since %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>is open for writing by %1</source>
        <extracomment>The problem without the file&apos;s name, as ProjectFileError.problem.</extracomment>
        <translation>is open for writing by %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <extracomment>The file format this program writes; one step per Alembic revision. Alembic revision of FORMAT_VERSION (a test checks it is the migration head). sqlite3 error code of a read-only connection meeting a hot journal, the journal an interrupted transaction (a crash, a power cut) leaves behind.</extracomment>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a Stegvis project file</source>
        <translation>is a folder, not a Stegvis project file</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>cannot be read (%1)</translation>
    </message>
    <message>
        <source>is empty, not a Stegvis project</source>
        <translation>is empty, not a Stegvis project</translation>
    </message>
    <message>
        <source>is not a Stegvis project (not a project database)</source>
        <translation>is not a Stegvis project (not a project database)</translation>
    </message>
    <message>
        <source>is an SQLite database but not a Stegvis project</source>
        <translation>is an SQLite database but not a Stegvis project</translation>
    </message>
    <message>
        <source>is damaged (the database check failed); open a backup copy</source>
        <translation>is damaged (the database check failed); open a backup copy</translation>
    </message>
    <message>
        <source>is damaged (its format version is missing)</source>
        <translation>is damaged (its format version is missing)</translation>
    </message>
    <message>
        <source>was written by a newer Stegvis (file format %1; this version reads up to %2); update Stegvis to open it</source>
        <translation>was written by a newer Stegvis (file format %1; this version reads up to %2); update Stegvis to open it</translation>
    </message>
    <message>
        <source>has a change interrupted by a crash that cannot be rolled back (%1)</source>
        <translation>has a change interrupted by a crash that cannot be rolled back (%1)</translation>
    </message>
    <message>
        <source>the backup could not be written (%1)</source>
        <translation>the backup could not be written (%1)</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>the copy could not be written (%1)</translation>
    </message>
    <message>
        <source>cannot be read for a backup (%1)</source>
        <translation>cannot be read for a backup (%1)</translation>
    </message>
</context>
<context>
    <name>CoreServices</name>
    <message>
        <source>A code needs a name.</source>
        <translation>A code needs a name.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>A code group needs a name.</source>
        <translation>A code group needs a name.</translation>
    </message>
    <message>
        <source>A rest group needs a name.</source>
        <translation>A rest group needs a name.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <source>A %1 needs a name.</source>
        <translation>A %1 needs a name.</translation>
    </message>
    <message>
        <source>The code group no longer exists.</source>
        <translation>The code group no longer exists.</translation>
    </message>
    <message>
        <source>The theme no longer exists.</source>
        <translation>The theme no longer exists.</translation>
    </message>
    <message>
        <source>A code to move no longer exists.</source>
        <translation>A code to move no longer exists.</translation>
    </message>
    <message>
        <source>The rest group stays outside the themes.</source>
        <translation>The rest group stays outside the themes.</translation>
    </message>
    <message>
        <source>Cannot set %1 of a %2.</source>
        <translation>Cannot set %1 of a %2.</translation>
    </message>
    <message>
        <source>Codes are not numbered.</source>
        <translation>Codes are not numbered.</translation>
    </message>
    <message>
        <source>A code named “%1” already exists.</source>
        <translation>A code named “%1” already exists.</translation>
    </message>
    <message>
        <source>“%1” is not a colour of the form #rrggbb.</source>
        <translation>“%1” is not a colour of the form #rrggbb.</translation>
    </message>
    <message>
        <source>A code needs a colour.</source>
        <translation>A code needs a colour.</translation>
    </message>
    <message>
        <source>A number must be a whole number of 0 or more.</source>
        <translation>A number must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>The code no longer exists (id %1).</source>
        <translation>The code no longer exists (id %1).</translation>
    </message>
    <message>
        <source>The code no longer exists.</source>
        <translation>The code no longer exists.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <extracomment>The user cancelled before every file was read.
----------
Codings whose every character was deleted: they are gone. Codings that lost some of their characters.</extracomment>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>Select some text to code.</source>
        <translation>Select some text to code.</translation>
    </message>
    <message>
        <source>The selection holds no words to name a code after.</source>
        <translation>The selection holds no words to name a code after.</translation>
    </message>
    <message>
        <source>The coding no longer exists.</source>
        <translation>The coding no longer exists.</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>A document needs a name.</translation>
    </message>
    <message>
        <source>Unknown document role “%1”.</source>
        <translation>Unknown document role “%1”.</translation>
    </message>
    <message>
        <source>The attribute “%1” is given twice.</source>
        <translation>The attribute “%1” is given twice.</translation>
    </message>
    <message>
        <source>Another document is named “%1”.</source>
        <translation>Another document is named “%1”.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>The group no longer exists.</translation>
    </message>
    <message>
        <source>The concept no longer exists.</source>
        <translation>The concept no longer exists.</translation>
    </message>
    <message>
        <source>The %1 no longer exists.</source>
        <translation>The %1 no longer exists.</translation>
    </message>
    <message>
        <source>A document has no description.</source>
        <extracomment>Which kinds carry a description besides their memo.</extracomment>
        <translation>A document has no description.</translation>
    </message>
    <message>
        <source>A project has no description.</source>
        <translation>A project has no description.</translation>
    </message>
    <message>
        <source>A %1 has no description.</source>
        <translation>A %1 has no description.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>A %1 has no memo.</source>
        <translation>A %1 has no memo.</translation>
    </message>
    <message>
        <source>Choose at least one other code to merge.</source>
        <translation>Choose at least one other code to merge.</translation>
    </message>
    <message>
        <source>The code to merge into no longer exists.</source>
        <translation>The code to merge into no longer exists.</translation>
    </message>
    <message>
        <source>A code to merge no longer exists.</source>
        <translation>A code to merge no longer exists.</translation>
    </message>
    <message>
        <source>Choose the passages to move to the new code.</source>
        <translation>Choose the passages to move to the new code.</translation>
    </message>
    <message>
        <source>Some of the chosen passages are not coded with this code.</source>
        <translation>Some of the chosen passages are not coded with this code.</translation>
    </message>
    <message>
        <source>Leave at least one passage on the code, or rename it instead.</source>
        <translation>Leave at least one passage on the code, or rename it instead.</translation>
    </message>
    <message>
        <source>Nothing to retrieve for a %1.</source>
        <translation>Nothing to retrieve for a %1.</translation>
    </message>
    <message>
        <source>Unknown test “%1”.</source>
        <translation>Unknown test “%1”.</translation>
    </message>
    <message>
        <source>A verdict is pass or fail, not “%1”.</source>
        <translation>A verdict is pass or fail, not “%1”.</translation>
    </message>
    <message>
        <source>A concept needs a name.</source>
        <translation>A concept needs a name.</translation>
    </message>
    <message>
        <source>A concept links to themes and code groups.</source>
        <translation>A concept links to themes and code groups.</translation>
    </message>
    <message>
        <source>The edit does not fit the document&apos;s text (%1).</source>
        <translation>The edit does not fit the document&apos;s text (%1).</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nothing to change.</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Type the text to find.</translation>
    </message>
    <message>
        <source>Renaming the code “%1” to “%2” would clash with another code; nothing was replaced.</source>
        <extracomment>(code id, name before, name after) for codes renamed with the text.</extracomment>
        <translation>Renaming the code “%1” to “%2” would clash with another code; nothing was replaced.</translation>
    </message>
    <message>
        <source>“%1” does not occur in any document.</source>
        <translation>“%1” does not occur in any document.</translation>
    </message>
    <message>
        <source>A version needs a label.</source>
        <translation>A version needs a label.</translation>
    </message>
    <message>
        <source>A version is already labelled “%1”.</source>
        <translation>A version is already labelled “%1”.</translation>
    </message>
    <message>
        <source>There is no version labelled “%1”.</source>
        <translation>There is no version labelled “%1”.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Import Documents</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importing %1 (%2 of %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln document(s).</source>
        <translation>
            <numerusform>Imported %Ln document.</numerusform>
            <numerusform>Imported %Ln documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; the documents imported so far are kept.</source>
        <translation>The import was cancelled; the documents imported so far are kept.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Editing the text of “%1”.&lt;/b&gt; Codings stay on their words; every change is saved and can be undone. Ctrl+E or Done ends editing.</source>
        <translation>&lt;b&gt;Editing the text of “%1”.&lt;/b&gt; Codings stay on their words; every change is saved and can be undone. Ctrl+E or Done ends editing.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) lost all their text and were removed; Undo brings them back.</source>
        <translation>
            <numerusform>%Ln coding lost all its text and was removed; Undo brings it back.</numerusform>
            <numerusform>%Ln codings lost all their text and were removed; Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s) lost some of their text.</source>
        <translation>
            <numerusform>%Ln coding lost some of its text.</numerusform>
            <numerusform>%Ln codings lost some of their text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %Ln Hit(s) With</source>
        <translation>
            <numerusform>Code %Ln Hit With</numerusform>
            <numerusform>Code %Ln Hits With</numerusform>
        </translation>
    </message>
    <message>
        <source>Code search hits</source>
        <translation>Code search hits</translation>
    </message>
    <message numerus="yes">
        <source>Coded %Ln passage(s) with “%1”.</source>
        <translation>
            <numerusform>Coded %Ln passage with “%1”.</numerusform>
            <numerusform>Coded %Ln passages with “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced in %1 and %2.</source>
        <extracomment>%1: “3 documents”, %2: “2 code names”</extracomment>
        <translation>Replaced in %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code name(s)</source>
        <translation>
            <numerusform>%Ln code name</numerusform>
            <numerusform>%Ln code names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %Ln coding(s) from the project? You can undo this.</source>
        <translation>
            <numerusform>Remove “%1” and its %Ln coding from the project? You can undo this.</numerusform>
            <numerusform>Remove “%1” and its %Ln codings from the project? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Remove Document</translation>
    </message>
</context>
<context>
    <name>DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Document Properties</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Case attributes</source>
        <translation>Case attributes</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Add Attribute</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>Remove Attribute</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation>%1, imported %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Case attributes (for example Municipality size = Medium):</source>
        <translation>Case attributes (for example Municipality size = Medium):</translation>
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
        <translation>Document text</translation>
    </message>
    <message>
        <source>Remove coding “%s”</source>
        <translation>Remove coding “%s”</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codings</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <extracomment>The current document changed: (document id, or -1 for none).</extracomment>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Codebook</source>
        <translation>Codebook</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Exporting %s…</source>
        <translation>Exporting %s…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>The export failed: %s</source>
        <translation>The export failed: %s</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>Exported %s</translation>
    </message>
    <message>
        <source>Export the Project for Other Programs</source>
        <translation>Export the Project for Other Programs</translation>
    </message>
    <message>
        <source>Export the Codebook for Other Programs</source>
        <translation>Export the Codebook for Other Programs</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>Wrote %s.</translation>
    </message>
    <message>
        <source>Not exported: %s</source>
        <translation>Not exported: %s</translation>
    </message>
    <message>
        <source>Open a Project from Another Program</source>
        <translation>Open a Project from Another Program</translation>
    </message>
    <message>
        <source>Save the Stegvis Project As</source>
        <translation>Save the Stegvis Project As</translation>
    </message>
    <message>
        <source>Stegvis projects (*.stegvis)</source>
        <translation>Stegvis projects (*.stegvis)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>Cannot import %1: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a Codebook</source>
        <translation>Import a Codebook</translation>
    </message>
    <message>
        <source>Before importing %1 (%2)</source>
        <translation>Before importing %1 (%2)</translation>
    </message>
    <message>
        <source>Imported the codebook %s</source>
        <translation>Imported the codebook %s</translation>
    </message>
    <message>
        <source>The project as it was before is kept as a version (File → Versions).</source>
        <translation>The project as it was before is kept as a version (File → Versions).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Codebook</source>
        <translation>Export Codebook</translation>
    </message>
    <message>
        <source>Export Quotes</source>
        <translation>Export Quotes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Appendix: Tema / Kodegruppe / Kode</source>
        <translation>Appendix: Tema / Kodegruppe / Kode</translation>
    </message>
    <message>
        <source>Tables: code groups, and themes with groups and codes</source>
        <translation>Tables: code groups, and themes with groups and codes</translation>
    </message>
    <message>
        <source>Descriptions of codes and groups</source>
        <translation>Descriptions of codes and groups</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Counts of passages and informants</source>
        <translation>Counts of passages and informants</translation>
    </message>
    <message>
        <source>A summary paragraph with the numbers, for the method chapter</source>
        <translation>A summary paragraph with the numbers, for the method chapter</translation>
    </message>
    <message>
        <source>Open the file when done</source>
        <translation>Open the file when done</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Example quotes per code:</source>
        <translation>Example quotes per code:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
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
        <translation>Search and Replace in Documents</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Match case</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>Also in code names</source>
        <translation>Also in code names</translation>
    </message>
    <message>
        <source>In-vivo codes often hold the names you replace in the text.</source>
        <translation>In-vivo codes often hold the names you replace in the text.</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Replace with:</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Replace All</translation>
    </message>
    <message>
        <source>Code All Hits With…</source>
        <translation>Code All Hits With…</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1: “5 occurrences”, %2: “2 documents”</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupingActions</name>
    <message numerus="yes">
        <source>Move %Ln code(s)</source>
        <translation>
            <numerusform>Move %Ln code</numerusform>
            <numerusform>Move %Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln group(s)</source>
        <translation>
            <numerusform>Move %Ln group</numerusform>
            <numerusform>Move %Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln theme(s)</source>
        <translation>
            <numerusform>Move %Ln theme</numerusform>
            <numerusform>Move %Ln themes</numerusform>
        </translation>
    </message>
    <message>
        <source>New group “%s”</source>
        <translation>New group “%s”</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Rest group</source>
        <translation>Rest group</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln code(s) to the rest group</source>
        <translation>
            <numerusform>Move %Ln code to the rest group</numerusform>
            <numerusform>Move %Ln codes to the rest group</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Codes</source>
        <translation>Merge Codes</translation>
    </message>
    <message>
        <source>Merge the selected codes into:</source>
        <translation>Merge the selected codes into:</translation>
    </message>
    <message>
        <source>Select the passages to move to a new code in the Passages panel first.</source>
        <translation>Select the passages to move to a new code in the Passages panel first.</translation>
    </message>
    <message>
        <source>Split Code</source>
        <translation>Split Code</translation>
    </message>
    <message numerus="yes">
        <source>Name of the new code for the %Ln selected passage(s):</source>
        <translation>
            <numerusform>Name of the new code for the selected passage:</numerusform>
            <numerusform>Name of the new code for the %Ln selected passages:</numerusform>
        </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Change colour</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Number shown before the name (0 for none):</source>
        <translation>Number shown before the name (0 for none):</translation>
    </message>
    <message>
        <source>Change number</source>
        <translation>Change number</translation>
    </message>
</context>
<context>
    <name>GroupingBoard</name>
    <message>
        <source>Peek at Passages</source>
        <extracomment>The selected card: (code id).</extracomment>
        <translation>Peek at Passages</translation>
    </message>
    <message>
        <source>Show the passages of the selected card (Space)</source>
        <translation>Show the passages of the selected card (Space)</translation>
    </message>
    <message>
        <source>Passages of the selected card</source>
        <translation>Passages of the selected card</translation>
    </message>
    <message>
        <source>Ungrouped</source>
        <translation>Ungrouped</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ungrouped: %n&lt;/b&gt; — drag every card into a group or the rest group</source>
        <translation>&lt;b&gt;Ungrouped: %n&lt;/b&gt; — drag every card into a group or the rest group</translation>
    </message>
    <message>
        <source>Select a card to see its passages.</source>
        <translation>Select a card to see its passages.</translation>
    </message>
    <message>
        <source>No passages.</source>
        <translation>No passages.</translation>
    </message>
</context>
<context>
    <name>GroupingTestPage</name>
    <message>
        <source>Group Them on the Board</source>
        <extracomment>(group id, verdict, answers, note) (code ids, target group id): move codes that do not belong. (group id, new name) Open the grouping board to group the ungrouped codes.</extracomment>
        <translation>Group Them on the Board</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Codes of the group</source>
        <translation>Codes of the group</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Move to group</translation>
    </message>
    <message>
        <source>M  Move Selected Codes</source>
        <translation>M  Move Selected Codes</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Group name</translation>
    </message>
    <message>
        <source>Note on this group — saved with the verdict</source>
        <translation>Note on this group — saved with the verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>← Previous group</source>
        <translation>← Previous group</translation>
    </message>
    <message>
        <source>Next group →</source>
        <translation>Next group →</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ungrouped codes: %n&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ungrouped codes: %n&lt;/b&gt;</translation>
    </message>
    <message>
        <source> — every code must end in a group or the rest group</source>
        <translation> — every code must end in a group or the rest group</translation>
    </message>
    <message numerus="yes">
        <source>%1 / %Ln group(s) tested</source>
        <translation>
            <numerusform>%1 / %Ln group tested</numerusform>
            <numerusform>%1 / %Ln groups tested</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;No code groups yet.&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;No code groups yet.&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>1. Import your transcripts</source>
        <translation>1. Import your transcripts</translation>
    </message>
    <message>
        <source>File → New Project, then File → Import Documents (Ctrl+Shift+I) or Import a Folder. Word, OpenDocument, RTF, PDF, text and subtitle files come in with their text exactly as written. Document Properties (Alt+Enter) hold each informant&apos;s role and attributes.</source>
        <translation>File → New Project, then File → Import Documents (Ctrl+Shift+I) or Import a Folder. Word, OpenDocument, RTF, PDF, text and subtitle files come in with their text exactly as written. Document Properties (Alt+Enter) hold each informant&apos;s role and attributes.</translation>
    </message>
    <message>
        <source>2. Code close to the data</source>
        <translation>2. Code close to the data</translation>
    </message>
    <message>
        <source>Read a transcript from start to end. Select the informant&apos;s own words and press Ctrl+I: an in-vivo code named after them. Ctrl+K codes with a code you already have. Code one transcript to the end, then the next, reusing codes and adding new ones.</source>
        <translation>Read a transcript from start to end. Select the informant&apos;s own words and press Ctrl+I: an in-vivo code named after them. Ctrl+K codes with a code you already have. Code one transcript to the end, then the next, reusing codes and adding new ones.</translation>
    </message>
    <message>
        <source>3. Group the codes</source>
        <translation>3. Group the codes</translation>
    </message>
    <message>
        <source>Open the Grouping Board (Ctrl+B). Make a group from one code, skim every code and move those that fit; repeat. Put codes of little relevance in the rest group. Then rename each group to state the essence of its codes, and gather the groups in a few themes.</source>
        <translation>Open the Grouping Board (Ctrl+B). Make a group from one code, skim every code and move those that fit; repeat. Put codes of little relevance in the rest group. Then rename each group to state the essence of its codes, and gather the groups in a few themes.</translation>
    </message>
    <message>
        <source>4. Test, step by step</source>
        <translation>4. Test, step by step</translation>
    </message>
    <message>
        <source>Tests → Run the Code Test (Ctrl+T): could the code have been made before the coding? Does it tell what was said, or only what was talked about? Then the Grouping Test, and for concepts the Concept Test. The SDI Overview shows where the analysis stands. If your supervisor words the tests differently, Tests → Wording of the Tests takes their words.</source>
        <translation>Tests → Run the Code Test (Ctrl+T): could the code have been made before the coding? Does it tell what was said, or only what was talked about? Then the Grouping Test, and for concepts the Concept Test. The SDI Overview shows where the analysis stands. If your supervisor words the tests differently, Tests → Wording of the Tests takes their words.</translation>
    </message>
    <message>
        <source>5. Write it up</source>
        <translation>5. Write it up</translation>
    </message>
    <message>
        <source>File → Export → the Codebook for the thesis appendix, and the Quotes for the results chapter. Save a Version before meeting your supervisor; Versions shows what changed.</source>
        <translation>File → Export → the Codebook for the thesis appendix, and the Quotes for the results chapter. Save a Version before meeting your supervisor; Versions shows what changed.</translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>the project could not be written (%1)</source>
        <extracomment>(files done, files in all, name of the file being read) The ImportReport, when every file is done or the import was cancelled.</extracomment>
        <translation>the project could not be written (%1)</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Change the Language</source>
        <translation>Change the Language</translation>
    </message>
    <message>
        <source>Reopen the window in %1 now? Your work is saved; the undo history starts afresh.</source>
        <translation>Reopen the window in %1 now? Your work is saved; the undo history starts afresh.</translation>
    </message>
    <message>
        <source>The language changes the next time Stegvis starts.</source>
        <translation>The language changes the next time Stegvis starts.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lang&amp;uage</source>
        <extracomment>The setting holding the user&apos;s choice (&quot;nb&quot;, &quot;en&quot;); absent or &quot;&quot; follows the system. The languages of the interface, each named in itself (never translated). Source strings are English: English needs no translation file to work.</extracomment>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <source>As the System (%1)</source>
        <translation>As the System (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Documents</source>
        <extracomment>How long the services wait for the window&apos;s first paint before they load anyway. A background import ended: (ImportReport). A background export ended: (the file written, or None). The services have been imported and a project&apos;s file checked, on a thread of their own (see open_project): (the file, its format version, or -1 when the check failed).</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Code System</source>
        <translation>Code System</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>A fresh copy of the sample thesis project: six interviews, 240 codes</source>
        <translation>A fresh copy of the sample thesis project: six interviews, 240 codes</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Import Documents…</translation>
    </message>
    <message>
        <source>Import a &amp;Folder…</source>
        <translation>Import a &amp;Folder…</translation>
    </message>
    <message>
        <source>Import every transcript in a folder and its subfolders</source>
        <translation>Import every transcript in a folder and its subfolders</translation>
    </message>
    <message>
        <source>Export the &amp;Codebook…</source>
        <translation>Export the &amp;Codebook…</translation>
    </message>
    <message>
        <source>The codebook for the thesis appendix: Word, Excel or CSV</source>
        <translation>The codebook for the thesis appendix: Word, Excel or CSV</translation>
    </message>
    <message>
        <source>Export the &amp;Quotes…</source>
        <translation>Export the &amp;Quotes…</translation>
    </message>
    <message>
        <source>Every passage under its theme, group and code, in Word</source>
        <translation>Every passage under its theme, group and code, in Word</translation>
    </message>
    <message>
        <source>REFI-QDA, for NVivo, ATLAS.ti, MAXQDA and QualCoder</source>
        <translation>REFI-QDA, for NVivo, ATLAS.ti, MAXQDA and QualCoder</translation>
    </message>
    <message>
        <source>The Code&amp;book for Other Programs (.qdc)…</source>
        <translation>The Code&amp;book for Other Programs (.qdc)…</translation>
    </message>
    <message>
        <source>A Project from Another Program (.qd&amp;px)…</source>
        <translation>A Project from Another Program (.qd&amp;px)…</translation>
    </message>
    <message>
        <source>Open an NVivo, ATLAS.ti, MAXQDA or QualCoder project exported as REFI-QDA</source>
        <translation>Open an NVivo, ATLAS.ti, MAXQDA or QualCoder project exported as REFI-QDA</translation>
    </message>
    <message>
        <source>A Codebook from Another Program (.q&amp;dc)…</source>
        <translation>A Codebook from Another Program (.q&amp;dc)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Save &amp;Version…</translation>
    </message>
    <message>
        <source>Keep the project as it is now under a name, inside the project file</source>
        <translation>Keep the project as it is now under a name, inside the project file</translation>
    </message>
    <message>
        <source>Ve&amp;rsions…</source>
        <translation>Ve&amp;rsions…</translation>
    </message>
    <message>
        <source>Compare, read and restore saved versions</source>
        <translation>Compare, read and restore saved versions</translation>
    </message>
    <message>
        <source>Change &amp;Log</source>
        <translation>Change &amp;Log</translation>
    </message>
    <message>
        <source>Every change made to the project, with its time</source>
        <translation>Every change made to the project, with its time</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find Code…</source>
        <translation>&amp;Find Code…</translation>
    </message>
    <message>
        <source>Remove &amp;Document…</source>
        <translation>Remove &amp;Document…</translation>
    </message>
    <message>
        <source>Document &amp;Properties…</source>
        <translation>Document &amp;Properties…</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Edit Text</translation>
    </message>
    <message>
        <source>Fix the text (typos, misheard words); codings stay on their words</source>
        <translation>Fix the text (typos, misheard words); codings stay on their words</translation>
    </message>
    <message>
        <source>&amp;Search Text in Documents…</source>
        <translation>&amp;Search Text in Documents…</translation>
    </message>
    <message>
        <source>Find words in every document and code all hits at once</source>
        <translation>Find words in every document and code all hits at once</translation>
    </message>
    <message>
        <source>Code &amp;In Vivo</source>
        <translation>Code &amp;In Vivo</translation>
    </message>
    <message>
        <source>Make a code named after the selected words and code them with it</source>
        <translation>Make a code named after the selected words and code them with it</translation>
    </message>
    <message>
        <source>Code with &amp;Existing Code…</source>
        <translation>Code with &amp;Existing Code…</translation>
    </message>
    <message>
        <source>&amp;Remove Coding</source>
        <translation>&amp;Remove Coding</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>New &amp;Group from Selected Codes</source>
        <translation>New &amp;Group from Selected Codes</translation>
    </message>
    <message>
        <source>New &amp;Theme from Selected Groups</source>
        <translation>New &amp;Theme from Selected Groups</translation>
    </message>
    <message>
        <source>Move to &amp;Ungrouped</source>
        <translation>Move to &amp;Ungrouped</translation>
    </message>
    <message>
        <source>&amp;Merge Codes…</source>
        <translation>&amp;Merge Codes…</translation>
    </message>
    <message>
        <source>&amp;Split Code…</source>
        <translation>&amp;Split Code…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Colour…</translation>
    </message>
    <message>
        <source>&amp;Delete Code…</source>
        <translation>&amp;Delete Code…</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Next Document</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>&amp;Previous Document</translation>
    </message>
    <message>
        <source>&amp;Grouping Board</source>
        <translation>&amp;Grouping Board</translation>
    </message>
    <message>
        <source>Run the &amp;Code Test</source>
        <translation>Run the &amp;Code Test</translation>
    </message>
    <message>
        <source>Test every code: could it have been made before the coding? Does it tell what was said?</source>
        <translation>Test every code: could it have been made before the coding? Does it tell what was said?</translation>
    </message>
    <message>
        <source>Run the &amp;Grouping Test</source>
        <translation>Run the &amp;Grouping Test</translation>
    </message>
    <message>
        <source>SDI &amp;Overview</source>
        <translation>SDI &amp;Overview</translation>
    </message>
    <message>
        <source>Find any action, code or document by typing</source>
        <translation>Find any action, code or document by typing</translation>
    </message>
    <message>
        <source>Next Coded Passage</source>
        <translation>Next Coded Passage</translation>
    </message>
    <message>
        <source>Previous Coded Passage</source>
        <translation>Previous Coded Passage</translation>
    </message>
    <message>
        <source>Go to Documents</source>
        <translation>Go to Documents</translation>
    </message>
    <message>
        <source>Go to the Text</source>
        <translation>Go to the Text</translation>
    </message>
    <message>
        <source>Go to the Code System</source>
        <translation>Go to the Code System</translation>
    </message>
    <message>
        <source>Go to Passages</source>
        <translation>Go to Passages</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High Contrast</source>
        <translation>High Contrast</translation>
    </message>
    <message>
        <source>&amp;Research Questions…</source>
        <translation>&amp;Research Questions…</translation>
    </message>
    <message>
        <source>&amp;Wording of the Tests…</source>
        <translation>&amp;Wording of the Tests…</translation>
    </message>
    <message>
        <source>Project &amp;Memo</source>
        <translation>Project &amp;Memo</translation>
    </message>
    <message>
        <source>Coding &amp;Stripes</source>
        <translation>Coding &amp;Stripes</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;About Stegvis</source>
        <translation>&amp;About Stegvis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln coding(s)</source>
        <translation>
            <numerusform>%Ln coding</numerusform>
            <numerusform>%Ln codings</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the De&amp;mo Project</source>
        <translation>Open the De&amp;mo Project</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Save a Cop&amp;y As…</translation>
    </message>
    <message>
        <source>The Project for &amp;Other Programs (.qdpx)…</source>
        <translation>The Project for &amp;Other Programs (.qdpx)…</translation>
    </message>
    <message>
        <source>Find and Re&amp;place in Documents…</source>
        <translation>Find and Re&amp;place in Documents…</translation>
    </message>
    <message>
        <source>New Co&amp;de…</source>
        <translation>New Co&amp;de…</translation>
    </message>
    <message>
        <source>Move to the &amp;Rest Group</source>
        <translation>Move to the &amp;Rest Group</translation>
    </message>
    <message>
        <source>Num&amp;ber…</source>
        <translation>Num&amp;ber…</translation>
    </message>
    <message>
        <source>Conce&amp;pts and the Concept Test</source>
        <translation>Conce&amp;pts and the Concept Test</translation>
    </message>
    <message>
        <source>Command Pal&amp;ette…</source>
        <translation>Command Pal&amp;ette…</translation>
    </message>
    <message>
        <source>Normal Si&amp;ze</source>
        <translation>Normal Si&amp;ze</translation>
    </message>
    <message>
        <source>Open Rece&amp;nt</source>
        <translation>Open Rece&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>The project file or its folder cannot be written: it is open read-only.</source>
        <translation>The project file or its folder cannot be written: it is open read-only.</translation>
    </message>
    <message>
        <source>%s has this project open: it is open read-only here.</source>
        <translation>%s has this project open: it is open read-only here.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Project in Use</translation>
    </message>
    <message>
        <source>This project is open for writing by %s.</source>
        <translation>This project is open for writing by %s.</translation>
    </message>
    <message>
        <source>Two programs writing the same project would lose work. Open it to read, or open it anyway if that Stegvis has stopped (for example on a computer that crashed).</source>
        <translation>Two programs writing the same project would lose work. Open it to read, or open it anyway if that Stegvis has stopped (for example on a computer that crashed).</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Open Read-Only</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Open Anyway</translation>
    </message>
    <message>
        <source>No backup was written: %s</source>
        <translation>No backup was written: %s</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Stegvis writes a backup copy of a project each time it is opened and keeps the last %1. They are in:
%2

To go back to one, open it (File → Open Project) and save a copy where you want it.</source>
        <translation>Stegvis writes a backup copy of a project each time it is opened and keeps the last %1. They are in:
%2

To go back to one, open it (File → Open Project) and save a copy where you want it.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Opened %s</source>
        <translation>Opened %s</translation>
    </message>
    <message>
        <source>Opening %s…</source>
        <translation>Opening %s…</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code group</source>
        <translation>Code group</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Stegvis projects (*.stegvis)</source>
        <translation>Stegvis projects (*.stegvis)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Import Documents</translation>
    </message>
    <message>
        <source>Transcripts (%1);;All files (*)</source>
        <translation>Transcripts (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Import a Folder</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copy</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Save a Copy As</translation>
    </message>
    <message>
        <source>Cannot save a copy: %s</source>
        <translation>Cannot save a copy: %s</translation>
    </message>
    <message>
        <source>Saved a copy as %s</source>
        <translation>Saved a copy as %s</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>About Stegvis</source>
        <translation>About Stegvis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stegvis %1&lt;/h3&gt;&lt;p&gt;A workbench for qualitative analysis by Tjora&apos;s stepwise-deductive induction: code close to the data, group codes, test the codes and the grouping.&lt;/p&gt;&lt;p&gt;Your projects stay on this computer; Stegvis sends nothing anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stegvis %1&lt;/h3&gt;&lt;p&gt;A workbench for qualitative analysis by Tjora&apos;s stepwise-deductive induction: code close to the data, group codes, test the codes and the grouping.&lt;/p&gt;&lt;p&gt;Your projects stay on this computer; Stegvis sends nothing anywhere.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Description: what the code or group stands for</source>
        <extracomment>(kind, id, field, text): the user changed a memo or description.</extracomment>
        <translation>Description: what the code or group stands for</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Memo: thoughts, decisions, questions for the supervisor</source>
        <translation>Memo: thoughts, decisions, questions for the supervisor</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Select something to write its memo.</source>
        <translation>Select something to write its memo.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>1. Transcripts</source>
        <extracomment>Where to go to act: &quot;documents&quot;, &quot;code_test&quot;, &quot;board&quot;, &quot;grouping_test&quot;, &quot;concepts&quot;, &quot;codes&quot;.</extracomment>
        <translation>1. Transcripts</translation>
    </message>
    <message>
        <source>Show Documents</source>
        <translation>Show Documents</translation>
    </message>
    <message>
        <source>2. Empirically close codes</source>
        <translation>2. Empirically close codes</translation>
    </message>
    <message>
        <source>Show Codes</source>
        <translation>Show Codes</translation>
    </message>
    <message>
        <source>Code test</source>
        <translation>Code test</translation>
    </message>
    <message>
        <source>Run the Code Test</source>
        <translation>Run the Code Test</translation>
    </message>
    <message>
        <source>3. Code groups and themes</source>
        <translation>3. Code groups and themes</translation>
    </message>
    <message>
        <source>Open the Grouping Board</source>
        <translation>Open the Grouping Board</translation>
    </message>
    <message>
        <source>Grouping test</source>
        <translation>Grouping test</translation>
    </message>
    <message>
        <source>Run the Grouping Test</source>
        <translation>Run the Grouping Test</translation>
    </message>
    <message>
        <source>4. Concepts and the concept test</source>
        <translation>4. Concepts and the concept test</translation>
    </message>
    <message>
        <source>Open Concepts</source>
        <translation>Open Concepts</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Where the analysis stands&lt;/h2&gt;&lt;p&gt;Stepwise-deductive induction: up from the data step by step, and a test back down at each step.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Where the analysis stands&lt;/h2&gt;&lt;p&gt;Stepwise-deductive induction: up from the data step by step, and a test back down at each step.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Grouping Board</source>
        <translation>Grouping Board</translation>
    </message>
    <message>
        <source>Code Test</source>
        <translation>Code Test</translation>
    </message>
    <message>
        <source>Grouping Test</source>
        <translation>Grouping Test</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Concepts</translation>
    </message>
    <message>
        <source>SDI Overview</source>
        <translation>SDI Overview</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
</context>
<context>
    <name>PassagesModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
</context>
<context>
    <name>PassagesPanel</name>
    <message>
        <source>Show passages from</source>
        <extracomment>Jump to a passage: (document id, start, end) in code points. Remove the coding of a passage: (coding id).</extracomment>
        <translation>Show passages from</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Passage in its context</source>
        <translation>Passage in its context</translation>
    </message>
    <message>
        <source>Select a code, group or theme to see its passages.</source>
        <translation>Select a code, group or theme to see its passages.</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3</source>
        <extracomment>%2: “12 passages”, %3: “3 documents”</extracomment>
        <translation>“%1”: %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>All documents</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>The change could not be saved (%s). Nothing was changed; check that the disk has room and the project file is still there.</source>
        <extracomment>How long change-log entries wait, to be written together after the change. What a do, undo or redo changed (a services.records.Changes). Another project (or none) was opened. A user-facing message about an action that could not be carried out. A project shown from its first look and not yet opened: what opens it. Set for a copy opened to read (a saved version): nothing may change.</extracomment>
        <translation>The change could not be saved (%s). Nothing was changed; check that the disk has room and the project file is still there.</translation>
    </message>
    <message>
        <source>“%1” could not be saved (%2). Undo history was cleared; the project is as it was before.</source>
        <translation>“%1” could not be saved (%2). Undo history was cleared; the project is as it was before.</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save Version</source>
        <translation>Save Version</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What this version is, e.g. “before the meeting with my supervisor”</source>
        <translation>What this version is, e.g. “before the meeting with my supervisor”</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Label:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>TestWordingDialog</name>
    <message>
        <source>Wording of the Tests</source>
        <extracomment>Thresholds shown in percent (shares of 0–1 in checks.json). Similarity scores from 1 to 100.</extracomment>
        <translation>Wording of the Tests</translation>
    </message>
    <message>
        <source>Word the tests as your teacher or your method book does. The wording is kept in this project, in the language of the interface; the other language keeps its own.</source>
        <extracomment>The wording of every text, by its path, as it stands in the dialog.</extracomment>
        <translation>Word the tests as your teacher or your method book does. The wording is kept in this project, in the language of the interface; the other language keeps its own.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <source>Texts of the tests</source>
        <translation>Texts of the tests</translation>
    </message>
    <message>
        <source>&amp;Bundled Wording</source>
        <translation>&amp;Bundled Wording</translation>
    </message>
    <message>
        <source>Give this text its bundled wording again</source>
        <translation>Give this text its bundled wording again</translation>
    </message>
    <message>
        <source>When the hints beside the code test and the questions on the grouping are raised.</source>
        <translation>When the hints beside the code test and the questions on the grouping are raised.</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <source>Bundled Wording for &amp;All</source>
        <translation>Bundled Wording for &amp;All</translation>
    </message>
    <message>
        <source>A code name is short at this many words or fewer</source>
        <translation>A code name is short at this many words or fewer</translation>
    </message>
    <message>
        <source>Share of a code name&apos;s words found in the interview guide or the research questions (could have been made before the coding)</source>
        <translation>Share of a code name&apos;s words found in the interview guide or the research questions (could have been made before the coding)</translation>
    </message>
    <message>
        <source>Share of a code name&apos;s words found nowhere near its passages (not in the informant&apos;s words)</source>
        <translation>Share of a code name&apos;s words found nowhere near its passages (not in the informant&apos;s words)</translation>
    </message>
    <message>
        <source>Likeness of two code names that may be one code (1–100)</source>
        <translation>Likeness of two code names that may be one code (1–100)</translation>
    </message>
    <message>
        <source>Likeness of two group names that may be one group (1–100)</source>
        <translation>Likeness of two group names that may be one group (1–100)</translation>
    </message>
    <message>
        <source>A group is large when it holds this share of the codes</source>
        <translation>A group is large when it holds this share of the codes</translation>
    </message>
    <message>
        <source>… or this many codes</source>
        <translation>… or this many codes</translation>
    </message>
    <message>
        <source>The rest group holds much of the material at this share of the codes</source>
        <translation>The rest group holds much of the material at this share of the codes</translation>
    </message>
    <message>
        <source>Most groups an analysis chapter carries</source>
        <translation>Most groups an analysis chapter carries</translation>
    </message>
    <message>
        <source>Fewest groups an analysis chapter needs</source>
        <translation>Fewest groups an analysis chapter needs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Answer “%1”</translation>
    </message>
    <message>
        <source>Hints on codes</source>
        <translation>Hints on codes</translation>
    </message>
    <message>
        <source>Questions on the grouping</source>
        <translation>Questions on the grouping</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Bundled: %1</source>
        <translation>Bundled: %1</translation>
    </message>
    <message>
        <source>Added by this project: it has no bundled wording.</source>
        <translation>Added by this project: it has no bundled wording.</translation>
    </message>
    <message>
        <source>Stegvis fills in: %1</source>
        <translation>Stegvis fills in: %1</translation>
    </message>
    <message>
        <source>Stegvis fills in nothing here: write no { } in it.</source>
        <translation>Stegvis fills in nothing here: write no { } in it.</translation>
    </message>
    <message>
        <source>“%1” has a { or } without its pair. Write {{ or }} for a brace of its own.</source>
        <translation>“%1” has a { or } without its pair. Write {{ or }} for a brace of its own.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>“%1” uses %2, which Stegvis cannot fill in there; it can fill in: %3.</source>
        <translation>“%1” uses %2, which Stegvis cannot fill in there; it can fill in: %3.</translation>
    </message>
    <message>
        <source>The fewest groups a chapter needs cannot be more than the most it carries.</source>
        <translation>The fewest groups a chapter needs cannot be more than the most it carries.</translation>
    </message>
    <message>
        <source>This wording cannot be used yet. %1</source>
        <translation>This wording cannot be used yet. %1</translation>
    </message>
</context>
<context>
    <name>TestingActions</name>
    <message>
        <source>Code test: “%s”</source>
        <translation>Code test: “%s”</translation>
    </message>
    <message>
        <source>Rename Code</source>
        <translation>Rename Code</translation>
    </message>
    <message>
        <source>A new, empirically close name (phrases from its passages are proposed):</source>
        <translation>A new, empirically close name (phrases from its passages are proposed):</translation>
    </message>
    <message>
        <source>Merge “%s” Into</source>
        <translation>Merge “%s” Into</translation>
    </message>
    <message>
        <source>Rest group</source>
        <translation>Rest group</translation>
    </message>
    <message>
        <source>Move “%s” to the rest group</source>
        <translation>Move “%s” to the rest group</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Delete Code</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 untested</source>
        <extracomment>%1: “15 groups”; %2, %3: numbers</extracomment>
        <translation>%1 passed, %2 failed, %3 untested</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and uncode its %Ln passage(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete “%1” and uncode its %Ln passage? You can undo this.</numerusform>
            <numerusform>Delete “%1” and uncode its %Ln passages? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 of them coded</source>
        <extracomment>%1: “6 documents”; %2: a number</extracomment>
        <translation>%1, %2 of them coded</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>%1: “240 codes”, %2: “1,200 coded passages”</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln coded passage(s)</source>
        <translation>
            <numerusform>%Ln coded passage</numerusform>
            <numerusform>%Ln coded passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 + the rest group (%2), %3; %4 ungrouped</source>
        <extracomment>%1: “18 code groups”, %2: “12 codes”, %3: “4 themes”, %4: “3 codes”</extracomment>
        <translation>%1 + the rest group (%2), %3; %4 ungrouped</translation>
    </message>
    <message numerus="yes">
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln theme</numerusform>
            <numerusform>%Ln themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code group(s)</source>
        <translation>
            <numerusform>%Ln code group</numerusform>
            <numerusform>%Ln code groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2 hold beyond the study, %3 do not, %4 untested</source>
        <extracomment>%1: “3 concepts”; %2, %3, %4: numbers</extracomment>
        <translation>%1; %2 hold beyond the study, %3 do not, %4 untested</translation>
    </message>
    <message numerus="yes">
        <source>%Ln concept(s)</source>
        <translation>
            <numerusform>%Ln concept</numerusform>
            <numerusform>%Ln concepts</numerusform>
        </translation>
    </message>
    <message>
        <source>Grouping test: “%s”</source>
        <translation>Grouping test: “%s”</translation>
    </message>
    <message>
        <source>Concept test</source>
        <translation>Concept test</translation>
    </message>
    <message>
        <source>New concept</source>
        <translation>New concept</translation>
    </message>
    <message>
        <source>Change concept</source>
        <translation>Change concept</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>Delete concept</translation>
    </message>
    <message>
        <source>Change the wording of the tests</source>
        <translation>Change the wording of the tests</translation>
    </message>
    <message>
        <source>Research Questions</source>
        <translation>Research Questions</translation>
    </message>
    <message>
        <source>The project&apos;s research questions (the code test asks whether a code&apos;s words come from them or from the interview guide):</source>
        <translation>The project&apos;s research questions (the code test asks whether a code&apos;s words come from them or from the interview guide):</translation>
    </message>
    <message>
        <source>Change the research questions</source>
        <translation>Change the research questions</translation>
    </message>
</context>
<context>
    <name>VersionActions</name>
    <message>
        <source>Saved version “%s”</source>
        <translation>Saved version “%s”</translation>
    </message>
    <message>
        <source>Saved version “%s”.</source>
        <translation>Saved version “%s”.</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Delete Version</translation>
    </message>
    <message>
        <source>Delete the version “%s”? This cannot be undone.</source>
        <translation>Delete the version “%s”? This cannot be undone.</translation>
    </message>
    <message>
        <source>Revision Notes</source>
        <translation>Revision Notes</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>Restore Version</translation>
    </message>
    <message>
        <source>Restore “%s”? The project as it is now is saved as a version first, so you can go back to it.</source>
        <translation>Restore “%s”? The project as it is now is saved as a version first, so you can go back to it.</translation>
    </message>
    <message>
        <source>Before restoring %1, %2</source>
        <translation>Before restoring %1, %2</translation>
    </message>
    <message>
        <source>Restored version “%s”</source>
        <translation>Restored version “%s”</translation>
    </message>
    <message>
        <source>Restored “%1”; the state before is kept as “%2”.</source>
        <translation>Restored “%1”; the state before is kept as “%2”.</translation>
    </message>
    <message>
        <source>This window shows the version “%s” to read; it cannot be changed.</source>
        <translation>This window shows the version “%s” to read; it cannot be changed.</translation>
    </message>
    <message>
        <source>Version “%1” (to read) — %2</source>
        <translation>Version “%1” (to read) — %2</translation>
    </message>
    <message>
        <source>Change Log</source>
        <translation>Change Log</translation>
    </message>
    <message>
        <source>Filter the changes…</source>
        <translation>Filter the changes…</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Filter the changes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Redone</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions</source>
        <extracomment>(from label, to label or None for now)</extracomment>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Compare with Now</source>
        <translation>Compare with Now</translation>
    </message>
    <message>
        <source>Compare the Two</source>
        <translation>Compare the Two</translation>
    </message>
    <message>
        <source>Open to Read</source>
        <translation>Open to Read</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Revision Notes…</source>
        <translation>Revision Notes…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
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
        <translation>&lt;p&gt;Code your interviews close to the data, gather the codes in code groups and themes, and test them the way stepwise-deductive induction asks.&lt;/p&gt;&lt;p&gt;Start a project and import your transcripts, or look around the demo project: six interviews from a master thesis with its 240 codes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>New Project…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Open Project…</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Open the Demo Project</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recent projects&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>Code close to the data</source>
        <translation>Code close to the data</translation>
    </message>
    <message>
        <source>Read each transcript to the end and code the informants&apos; own words (in vivo, Ctrl+I).&lt;br&gt;Reuse codes and add new ones as you go.&lt;br&gt;A good code tells what was said, not only what was talked about.</source>
        <translation>Read each transcript to the end and code the informants&apos; own words (in vivo, Ctrl+I).&lt;br&gt;Reuse codes and add new ones as you go.&lt;br&gt;A good code tells what was said, not only what was talked about.</translation>
    </message>
    <message>
        <source>Group the codes</source>
        <translation>Group the codes</translation>
    </message>
    <message>
        <source>Gather codes with a thematic connection in code groups; set the rest aside in the rest group.&lt;br&gt;Name each group after the essence of its codes.&lt;br&gt;Gather the groups in a few themes for the analysis chapter.</source>
        <translation>Gather codes with a thematic connection in code groups; set the rest aside in the rest group.&lt;br&gt;Name each group after the essence of its codes.&lt;br&gt;Gather the groups in a few themes for the analysis chapter.</translation>
    </message>
    <message>
        <source>Test each step</source>
        <translation>Test each step</translation>
    </message>
    <message>
        <source>The code test: could the code have been made before the coding?&lt;br&gt;The grouping test: does every code belong in its group?&lt;br&gt;The concept test: does the concept hold beyond this study?</source>
        <translation>The code test: could the code have been made before the coding?&lt;br&gt;The grouping test: does every code belong in its group?&lt;br&gt;The concept test: does the concept hold beyond this study?</translation>
    </message>
    <message>
        <source>opened %s</source>
        <translation>opened %s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln code(s)</source>
        <translation>
            <numerusform>%Ln code</numerusform>
            <numerusform>%Ln codes</numerusform>
        </translation>
    </message>
    <message>
        <source>%s (missing)</source>
        <translation>%s (missing)</translation>
    </message>
</context>
</TS>
