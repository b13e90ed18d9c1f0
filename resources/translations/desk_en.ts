<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditWidget</name>
    <message numerus="yes">
        <source>✔ Chain verified (%n entries)</source>
        <translation>
            <numerusform>✔ Chain verified (%n entry)</numerusform>
            <numerusform>✔ Chain verified (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Demo workspace ready in {folder} with %n patients.</source>
        <translation>
            <numerusform>Demo workspace ready in {folder} with %n patient.</numerusform>
            <numerusform>Demo workspace ready in {folder} with %n patients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); correct them and check again before deploying the file.</source>
        <translation>
            <numerusform>%n problem; correct it and check again before deploying the file.</numerusform>
            <numerusform>%n problems; correct them and check again before deploying the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no problems (%n settings set).</source>
        <translation>
            <numerusform>no problems (%n setting set).</numerusform>
            <numerusform>no problems (%n settings set).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: %n images written anonymised (DICOM PS3.15 Basic Profile, no options) to {folder}.</source>
        <translation>
            <numerusform>desk: %n image written anonymised (DICOM PS3.15 Basic Profile, no options) to {folder}.</numerusform>
            <numerusform>desk: %n images written anonymised (DICOM PS3.15 Basic Profile, no options) to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: %n images written to {folder}.</source>
        <translation>
            <numerusform>desk: %n image written to {folder}.</numerusform>
            <numerusform>desk: %n images written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} (rotates at {size} MB, %n old files kept)</source>
        <translation>
            <numerusform>{file} (rotates at {size} MB, %n old file kept)</numerusform>
            <numerusform>{file} (rotates at {size} MB, %n old files kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain and end verified</source>
        <translation>
            <numerusform>%n entry, chain and end verified</numerusform>
            <numerusform>%n entries, chain and end verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to be sent</source>
        <translation>
            <numerusform>%n record waiting to be sent</numerusform>
            <numerusform>%n records waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing attention</source>
        <translation>
            <numerusform>%n needing attention</numerusform>
            <numerusform>%n needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n study</numerusform>
            <numerusform>%n studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; renew it within %n days</source>
        <translation>
            <numerusform>; renew it within %n day</numerusform>
            <numerusform>; renew it within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: backup of workspace {id} written to {file} ({size} MB, %n stored files).</source>
        <translation>
            <numerusform>desk: backup of workspace {id} written to {file} ({size} MB, %n stored file).</numerusform>
            <numerusform>desk: backup of workspace {id} written to {file} ({size} MB, %n stored files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n change waits to be sent.</numerusform>
            <numerusform>%n changes wait to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait</source>
        <translation>
            <numerusform>%n change waits</numerusform>
            <numerusform>%n changes wait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need attention</source>
        <translation>
            <numerusform>%n record needs attention</numerusform>
            <numerusform>%n records need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clinic form(s) withdrawn</source>
        <translation>
            <numerusform>%n clinic form withdrawn</numerusform>
            <numerusform>%n clinic forms withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) withdrawn</source>
        <translation>
            <numerusform>%n appointment withdrawn</numerusform>
            <numerusform>%n appointments withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Sent %n change</numerusform>
            <numerusform>Sent %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundle</numerusform>
            <numerusform>%n bundles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n record(s)</source>
        <translation>
            <numerusform>received %n record</numerusform>
            <numerusform>received %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed</source>
        <translation>
            <numerusform>%n new or changed</numerusform>
            <numerusform>%n new or changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s). An administrator can unlock it sooner.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n minute. An administrator can unlock it sooner.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n minutes. An administrator can unlock it sooner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message numerus="yes">
        <source>this form cannot be used: {problem} (and %n more)</source>
        <translation>
            <numerusform>this form cannot be used: {problem} (and %n more)</numerusform>
            <numerusform>this form cannot be used: {problem} (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message numerus="yes">
        <source>{state} · %n change(s) to review</source>
        <translation>
            <numerusform>{state} · %n change to review</numerusform>
            <numerusform>{state} · %n changes to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n series</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportImagesDialog</name>
    <message numerus="yes">
        <source>Found %n image(s)</source>
        <translation>
            <numerusform>Found %n image</numerusform>
            <numerusform>Found %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n study(ies).</source>
        <translation>
            <numerusform>in %n study.</numerusform>
            <numerusform>in %n studies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out:</source>
        <translation>
            <numerusform>%n file cannot be imported and will be left out:</numerusform>
            <numerusform>%n files cannot be imported and will be left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s).</source>
        <translation>
            <numerusform>… and %n more file.</numerusform>
            <numerusform>… and %n more files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message numerus="yes">
        <source>Too many codes were not right. Please wait %n seconds, or ask at the front desk.</source>
        <translation>
            <numerusform>Too many codes were not right. Please wait %n second, or ask at the front desk.</numerusform>
            <numerusform>Too many codes were not right. Please wait %n seconds, or ask at the front desk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWidget</name>
    <message numerus="yes">
        <source>Are you still there? This screen will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Are you still there? This screen will be cleared in %n second.</numerusform>
            <numerusform>Are you still there? This screen will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>It needs at least %n character(s).</source>
        <translation>
            <numerusform>It needs at least %n character.</numerusform>
            <numerusform>It needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientChartWidget</name>
    <message numerus="yes">
        <source>born {date} (%n years)</source>
        <translation>
            <numerusform>born {date} (%n year)</numerusform>
            <numerusform>born {date} (%n years)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n images.</source>
        <translation>
            <numerusform>Imported %n image.</numerusform>
            <numerusform>Imported %n images.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message numerus="yes">
        <source>{date} · %n years</source>
        <translation>
            <numerusform>{date} · %n year</numerusform>
            <numerusform>{date} · %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientSearchWidget</name>
    <message numerus="yes">
        <source>%n found (best %n shown)</source>
        <translation>
            <numerusform>%n found (best %n shown)</numerusform>
            <numerusform>%n found (best %n shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfViewDialog</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIssuesWidget</name>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n change waiting.</numerusform>
            <numerusform>%n changes waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need attention</source>
        <translation>
            <numerusform>%n record needs attention</numerusform>
            <numerusform>%n records need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n more…</source>
        <translation>
            <numerusform>Show %n more…</numerusform>
            <numerusform>Show %n more…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} item(s) shown</source>
        <translation>
            <numerusform>{shown} of {total} item shown</numerusform>
            <numerusform>{shown} of {total} items shown</numerusform>
        </translation>
    </message>
</context>
</TS>
