<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Other answer to: {0}</source>
        <translation>Autre réponse à&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Type your answer if it is not listed</source>
        <translation>Tapez votre réponse si elle n’est pas dans la liste</translation>
    </message>
    <message>
        <source>Type to search, or type your own answer</source>
        <translation>Tapez pour chercher, ou tapez votre propre réponse</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour chercher</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Diminuer</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Augmenter</translation>
    </message>
    <message>
        <source>Changes the number by one step</source>
        <translation>Change le nombre d’un cran</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Pick {0}</source>
        <translation>Choisir&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Opens a calendar or clock to choose from</source>
        <translation>Ouvre un calendrier ou une horloge pour choisir</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a file for {0}</source>
        <translation>Choisir un fichier pour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the file of {0}</source>
        <translation>Retirer le fichier de&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The front desk can add this file for you.</source>
        <translation>L’accueil peut ajouter ce fichier pour vous.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Add another answer</source>
        <translation>Ajouter une autre réponse</translation>
    </message>
    <message>
        <source>Add another answer to: {0}</source>
        <translation>Ajouter une autre réponse à&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}, answer {1}</source>
        <translation>{0}, réponse {1}</translation>
    </message>
    <message>
        <source>Help for: {0}</source>
        <translation>Aide pour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Shows or hides an explanation</source>
        <translation>Affiche ou masque une explication</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>cette entrée</translation>
    </message>
    <message>
        <source>Removes this entry and its answers</source>
        <translation>Retire cette entrée et ses réponses</translation>
    </message>
    <message>
        <source>Remove row {0}</source>
        <translation>Retirer la ligne {0}</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>Ajouter une autre entrée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Adds an empty entry to fill in</source>
        <translation>Ajoute une entrée vide à remplir</translation>
    </message>
    <message>
        <source>The answers as they were given. They cannot be changed here.</source>
        <translation>Les réponses telles qu’elles ont été données. Elles ne peuvent pas être modifiées ici.</translation>
    </message>
    <message>
        <source>{0} answers are still needed before you can submit. Use the buttons below to go to them.</source>
        <translation>Il manque encore {0} réponses avant de pouvoir envoyer. Utilisez les boutons ci-dessous pour y aller.</translation>
    </message>
    <message>
        <source>One answer is still needed before you can submit. Use the button below to go to it.</source>
        <translation>Il manque encore une réponse avant de pouvoir envoyer. Utilisez le bouton ci-dessous pour y aller.</translation>
    </message>
    <message>
        <source>Everything is answered. Check your answers, then press Submit.</source>
        <translation>Tout est rempli. Vérifiez vos réponses, puis appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>Sign here with a finger, a stylus or the mouse</source>
        <translation>Signez ici avec le doigt, un stylet ou la souris</translation>
    </message>
    <message>
        <source>Signature pad: {0}</source>
        <translation>Zone de signature&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <source>Wipes the signature so you can sign again</source>
        <translation>Efface la signature pour signer à nouveau</translation>
    </message>
</context>
<context>
    <name>AppointmentState</name>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en salle</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>Filter by user, patient, record or record id</source>
        <translation>Filtrer par utilisateur, patient, enregistrement ou identifiant</translation>
    </message>
    <message>
        <source>Filter audit entries</source>
        <translation>Filtrer les entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain verified (%n entries)</source>
        <translation>
            <numerusform>✔ Chaîne vérifiée (%n entrée)</numerusform>
            <numerusform>✔ Chaîne vérifiée (%n entrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Chain broken at entry {entry}: the log was altered</source>
        <translation>✖ Chaîne rompue à l’entrée {entry}&#xa0;: le journal a été modifié</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Date de naissance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>{time}  walk-in</source>
        <translation>{time}  sans rendez-vous</translation>
    </message>
    <message>
        <source>{age} {sex}</source>
        <comment>age and sex, 42 F</comment>
        <translation>{age} {sex}</translation>
    </message>
    <message>
        <source>{state} {time}</source>
        <comment>Arrived 09:30</comment>
        <translation>{state} {time}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>F</source>
        <comment>female, beside the age</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <comment>male, beside the age</comment>
        <translation>H</translation>
    </message>
    <message>
        <source>X</source>
        <comment>other sex, beside the age</comment>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>BoardState</name>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En salle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>BoardStep</name>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>To room</source>
        <translation>En salle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Mark scheduled</source>
        <translation>Marquer comme prévu</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Marquer comme arrivé</translation>
    </message>
    <message>
        <source>Mark in room</source>
        <translation>Marquer en salle</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marquer comme absent</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Marquer comme annulé</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l’arrivée</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>Aujourd’hui — {date}</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>Ajouter sans rendez-vous…</translation>
    </message>
    <message>
        <source>Find or register a patient who came without a booking (Ctrl+W)</source>
        <translation>Trouver ou inscrire un patient venu sans rendez-vous (Ctrl+W)</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>{state} {count}</source>
        <comment>Arrived 3</comment>
        <translation>{state} {count}</translation>
    </message>
    <message>
        <source>{action} {patient}</source>
        <comment>Check in Ann Smith</comment>
        <translation>{action} {patient}</translation>
    </message>
    <message>
        <source>Send forms to kiosk…</source>
        <translation>Envoyer des formulaires à la borne…</translation>
    </message>
    <message>
        <source>Print check-in code</source>
        <translation>Imprimer le code d’accueil</translation>
    </message>
    <message>
        <source>Forms at the desk…</source>
        <translation>Formulaires à l’accueil…</translation>
    </message>
    <message>
        <source>Fill in a form here, resume a draft, or open, print and save the forms filled in</source>
        <translation>Remplir un formulaire ici, reprendre un brouillon, ou ouvrir, imprimer et enregistrer les formulaires remplis</translation>
    </message>
    <message>
        <source>Forms sent to the kiosk. Check-in code: {code}</source>
        <translation>Formulaires envoyés à la borne. Code d’accueil&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Code d’accueil</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a demo workspace (no GUI)</source>
        <translation>crée un espace de travail de démonstration (sans interface)</translation>
    </message>
    <message>
        <source>set the staff PIN that leaves the kiosk</source>
        <translation>définit le code PIN du personnel qui permet de quitter la borne</translation>
    </message>
    <message>
        <source>write it to the machine&apos;s settings file (IT), not the user&apos;s</source>
        <translation>l’écrit dans le fichier de réglages de la machine (informatique), pas dans celui de l’utilisateur</translation>
    </message>
    <message>
        <source>read the PIN from standard input (silent installs)</source>
        <translation>lit le code PIN sur l’entrée standard (installations silencieuses)</translation>
    </message>
    <message>
        <source>New kiosk PIN: </source>
        <translation>Nouveau code PIN de la borne&#xa0;: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>Le même code PIN, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>desk: the kiosk PIN is set ({file})</source>
        <translation>desk&#xa0;: le code PIN de la borne est défini ({file})</translation>
    </message>
    <message>
        <source>desk demo: --patients must be at least 1</source>
        <translation>desk demo&#xa0;: --patients doit valoir au moins 1</translation>
    </message>
    <message numerus="yes">
        <source>Demo workspace ready in {folder} with %n patients.</source>
        <translation>
            <numerusform>Espace de travail de démonstration prêt dans {folder} avec %n patient.</numerusform>
            <numerusform>Espace de travail de démonstration prêt dans {folder} avec %n patients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as &apos;admin&apos; or &apos;reception&apos; with the password &apos;{password}&apos;.</source>
        <translation>Connectez-vous en tant que « admin » ou « reception » avec le mot de passe « {password} ».</translation>
    </message>
    <message>
        <source>Front-desk software for clinics.</source>
        <translation>Logiciel d’accueil pour les cabinets et cliniques.</translation>
    </message>
    <message>
        <source>Messages are in the language of the machine file&apos;s ui.language, else of LC_ALL, LC_MESSAGES or LANG when that is French or Spanish, else in English.</source>
        <translation>Les messages sont dans la langue du réglage ui.language du fichier machine, sinon dans celle de LC_ALL, LC_MESSAGES ou LANG si c’est le français ou l’espagnol, sinon en anglais.</translation>
    </message>
    <message>
        <source>workspace folder (overrides settings)</source>
        <translation>dossier de l’espace de travail (remplace les réglages)</translation>
    </message>
    <message>
        <source>extra settings file (highest file precedence)</source>
        <translation>fichier de réglages supplémentaire (prioritaire sur les autres fichiers)</translation>
    </message>
    <message>
        <source>override one setting, e.g. --set security.idle_lock_minutes=10</source>
        <translation>remplace un réglage, par ex. --set security.idle_lock_minutes=10</translation>
    </message>
    <message>
        <source>run as the waiting-room kiosk (as --set kiosk.enabled=true)</source>
        <translation>fonctionne comme borne de salle d’attente (comme --set kiosk.enabled=true)</translation>
    </message>
    <message>
        <source>the settings: show them, check a file</source>
        <translation>les réglages&#xa0;: les afficher, vérifier un fichier</translation>
    </message>
    <message>
        <source>print every setting in force and where it came from (secrets hidden)</source>
        <translation>affiche chaque réglage en vigueur et sa provenance (secrets masqués)</translation>
    </message>
    <message>
        <source>check a machine file before deploying it: exit status 0 when it has no problems</source>
        <translation>vérifie un fichier machine avant de le déployer&#xa0;: code de sortie 0 s’il n’a aucun problème</translation>
    </message>
    <message>
        <source>print a machine file with every setting commented out, with its default</source>
        <translation>affiche un fichier machine avec chaque réglage en commentaire, avec sa valeur par défaut</translation>
    </message>
    <message>
        <source>Settings files, each overriding the one before:</source>
        <translation>Fichiers de réglages, chacun remplaçant le précédent&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>then DESK_* variables, then --set, --kiosk and --workspace.</source>
        <translation>puis les variables DESK_*, puis --set, --kiosk et --workspace.</translation>
    </message>
    <message>
        <source>{variable} is set but is not a desk setting: did you mean {meant}?</source>
        <translation>{variable} est définie mais n’est pas un réglage de desk&#xa0;: vouliez-vous dire {meant}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); correct them and check again before deploying the file.</source>
        <translation>
            <numerusform>%n problème&#xa0;; corrigez-le et vérifiez de nouveau avant de déployer le fichier.</numerusform>
            <numerusform>%n problèmes&#xa0;; corrigez-les et vérifiez de nouveau avant de déployer le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no problems (%n settings set).</source>
        <translation>
            <numerusform>aucun problème (%n réglage défini).</numerusform>
            <numerusform>aucun problème (%n réglages définis).</numerusform>
        </translation>
    </message>
    <message>
        <source>import or export DICOM images</source>
        <translation>importe ou exporte des images DICOM</translation>
    </message>
    <message>
        <source>import a disc or folder of images for a patient</source>
        <translation>importe un disque ou un dossier d’images pour un patient</translation>
    </message>
    <message>
        <source>the disc or folder to read</source>
        <translation>le disque ou le dossier à lire</translation>
    </message>
    <message>
        <source>the patient&apos;s record number</source>
        <translation>le numéro de dossier du patient</translation>
    </message>
    <message>
        <source>read the workspace passphrase from standard input</source>
        <translation>lit la phrase secrète de l’espace de travail sur l’entrée standard</translation>
    </message>
    <message>
        <source>write a stored study&apos;s images into a folder</source>
        <translation>écrit les images d’une étude enregistrée dans un dossier</translation>
    </message>
    <message>
        <source>the study&apos;s Study Instance UID</source>
        <translation>le Study Instance UID de l’étude</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>write copies without the patient&apos;s identity (DICOM PS3.15 Basic Application Level Confidentiality Profile, no options)</source>
        <translation>écrit des copies sans l’identité du patient (DICOM PS3.15, profil de base de confidentialité au niveau applicatif, sans option)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>desk: {imported}, {there}, {refused}.</source>
        <translation>desk&#xa0;: {imported}, {there}, {refused}.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà présent</numerusform>
            <numerusform>%n déjà présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: %n images written anonymised (DICOM PS3.15 Basic Profile, no options) to {folder}.</source>
        <translation>
            <numerusform>desk&#xa0;: %n image écrite anonymisée (DICOM PS3.15, profil de base, sans option) dans {folder}.</numerusform>
            <numerusform>desk&#xa0;: %n images écrites anonymisées (DICOM PS3.15, profil de base, sans option) dans {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: %n images written to {folder}.</source>
        <translation>
            <numerusform>desk&#xa0;: %n image écrite dans {folder}.</numerusform>
            <numerusform>desk&#xa0;: %n images écrites dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace was not opened: no counts</source>
        <translation>l’espace de travail n’a pas été ouvert&#xa0;: aucun décompte</translation>
    </message>
    <message>
        <source>no desk.log in {folder}</source>
        <translation>aucun desk.log dans {folder}</translation>
    </message>
    <message>
        <source>check this machine and print a table</source>
        <translation>vérifie cette machine et affiche un tableau</translation>
    </message>
    <message>
        <source>also write a support archive (zip) to FILE: no patient data</source>
        <translation>écrit aussi une archive pour l’assistance (zip) dans FILE&#xa0;: aucune donnée de patient</translation>
    </message>
    <message>
        <source>desk: support bundle written to {file} (no patient data).</source>
        <translation>desk&#xa0;: archive pour l’assistance écrite dans {file} (aucune donnée de patient).</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versions</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espace de travail</translation>
    </message>
    <message>
        <source>machine settings</source>
        <translation>réglages machine</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>réglages utilisateur</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message>
        <source>{folder} (made before each upgrade; desk workspace backup writes where you say)</source>
        <translation>{folder} (faites avant chaque mise à jour&#xa0;; desk workspace backup écrit où vous le dites)</translation>
    </message>
    <message>
        <source>log</source>
        <translation>journal</translation>
    </message>
    <message numerus="yes">
        <source>{file} (rotates at {size} MB, %n old files kept)</source>
        <translation>
            <numerusform>{file} (rotation à {size} Mo, %n ancien fichier gardé)</numerusform>
            <numerusform>{file} (rotation à {size} Mo, %n anciens fichiers gardés)</numerusform>
        </translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <source>key store</source>
        <translation>trousseau de clés</translation>
    </message>
    <message>
        <source>the system key store keeps secrets</source>
        <translation>le trousseau de clés du système garde les secrets</translation>
    </message>
    <message>
        <source>no usable system key store: workspaces are opened with a passphrase</source>
        <translation>aucun trousseau de clés utilisable&#xa0;: les espaces de travail s’ouvrent avec une phrase secrète</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>no workspace in {folder}</source>
        <translation>aucun espace de travail dans {folder}</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>a recovery passphrase is set</source>
        <translation>une phrase secrète de récupération est définie</translation>
    </message>
    <message>
        <source>no recovery passphrase: desk workspace recovery set</source>
        <translation>aucune phrase secrète de récupération&#xa0;: desk workspace recovery set</translation>
    </message>
    <message>
        <source>{folder} (locked by passphrase; not opened)</source>
        <translation>{folder} (verrouillé par phrase secrète&#xa0;; non ouvert)</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain and end verified</source>
        <translation>
            <numerusform>%n entrée, chaîne et fin vérifiées</numerusform>
            <numerusform>%n entrées, chaîne et fin vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>altered at entry {entry}</source>
        <translation>modifié à l’entrée {entry}</translation>
    </message>
    <message>
        <source>{folder}: integrity ok</source>
        <translation>{folder}&#xa0;: intégrité correcte</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>last success {last}; {waiting}; {attention}</source>
        <translation>dernière réussite {last}&#xa0;; {waiting}&#xa0;; {attention}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to be sent</source>
        <translation>
            <numerusform>%n enregistrement en attente d’envoi</numerusform>
            <numerusform>%n enregistrements en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing attention</source>
        <translation>
            <numerusform>%n à examiner</numerusform>
            <numerusform>%n à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>image cache</source>
        <translation>cache d’images</translation>
    </message>
    <message>
        <source>limit {limit}; retrieved from the PACS {retrieved}, {retrieved_size} MB; from discs {disc}, {disc_size} MB (never dropped)</source>
        <translation>limite {limit}&#xa0;; récupérées du PACS {retrieved}, {retrieved_size} Mo&#xa0;; des disques {disc}, {disc_size} Mo (jamais supprimées)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n étude</numerusform>
            <numerusform>%n études</numerusform>
        </translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>plateforme Qt</translation>
    </message>
    <message>
        <source>{platform}: timed out</source>
        <translation>{platform}&#xa0;: délai dépassé</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>{size} GiB free at {folder}</source>
        <translation>{size} Gio libres sur {folder}</translation>
    </message>
    <message>
        <source>free disk</source>
        <translation>disque libre</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>no server configured (server.url): working offline</source>
        <translation>aucun serveur configuré (server.url)&#xa0;: travail hors ligne</translation>
    </message>
    <message>
        <source>{url}: HTTP {status}, not FHIR</source>
        <translation>{url}&#xa0;: HTTP {status}, pas FHIR</translation>
    </message>
    <message>
        <source>{url}: FHIR server answers</source>
        <translation>{url}&#xa0;: le serveur FHIR répond</translation>
    </message>
    <message>
        <source>server CA</source>
        <translation>AC du serveur</translation>
    </message>
    <message>
        <source>{file}: cannot be read as PEM certificates ({error})</source>
        <translation>{file}&#xa0;: illisible comme certificats PEM ({error})</translation>
    </message>
    <message>
        <source>{who} expired on {date}; replace {file}</source>
        <translation>{who} a expiré le {date}&#xa0;; remplacez {file}</translation>
    </message>
    <message numerus="yes">
        <source>; renew it within %n days</source>
        <translation>
            <numerusform>; à renouveler d’ici %n jour</numerusform>
            <numerusform>; à renouveler d’ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{certificates}; the first to expire, {who}, on {date} (in {days}){soon}</source>
        <translation>{certificates}&#xa0;; le premier à expirer, {who}, le {date} (dans {days}){soon}</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificat</numerusform>
            <numerusform>%n certificats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>check questionnaires, print responses as PDF</source>
        <translation>vérifie des questionnaires, imprime des réponses en PDF</translation>
    </message>
    <message>
        <source>validate FHIR R4 Questionnaire files</source>
        <translation>valide des fichiers Questionnaire FHIR R4</translation>
    </message>
    <message>
        <source>render a QuestionnaireResponse as PDF</source>
        <translation>rend une QuestionnaireResponse en PDF</translation>
    </message>
    <message>
        <source>FHIR Patient for the header</source>
        <translation>Patient FHIR de l’en-tête</translation>
    </message>
    <message>
        <source>clinic name for the header</source>
        <translation>nom du cabinet pour l’en-tête</translation>
    </message>
    <message>
        <source>one address line (repeat for more)</source>
        <translation>une ligne d’adresse (à répéter pour en ajouter)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>avertissement&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>unsupported: item {item}: {what}</source>
        <translation>non pris en charge&#xa0;: élément {item}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>unsupported: {what}</source>
        <translation>non pris en charge&#xa0;: {what}</translation>
    </message>
    <message>
        <source>item {item}: an expression could not be calculated on the empty form ({expressions})</source>
        <translation>élément {item}&#xa0;: une expression n’a pas pu être calculée sur le formulaire vide ({expressions})</translation>
    </message>
    <message>
        <source>desk form pdf: cannot use the files ({error})</source>
        <translation>desk form pdf&#xa0;: impossible d’utiliser les fichiers ({error})</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>back up, restore, recover or delete the workspace</source>
        <translation>sauvegarde, restaure, récupère ou supprime l’espace de travail</translation>
    </message>
    <message>
        <source>write an encrypted backup of the workspace (safe while desk runs)</source>
        <translation>écrit une sauvegarde chiffrée de l’espace de travail (possible pendant que desk fonctionne)</translation>
    </message>
    <message>
        <source>the backup file to write (a new file)</source>
        <translation>le fichier de sauvegarde à écrire (un nouveau fichier)</translation>
    </message>
    <message>
        <source>put a backup in place of the workspace (asks first)</source>
        <translation>met une sauvegarde à la place de l’espace de travail (demande d’abord)</translation>
    </message>
    <message>
        <source>a file written by desk workspace backup</source>
        <translation>un fichier écrit par desk workspace backup</translation>
    </message>
    <message>
        <source>do not ask (scripts)</source>
        <translation>ne pas demander (scripts)</translation>
    </message>
    <message>
        <source>the recovery passphrase</source>
        <translation>la phrase secrète de récupération</translation>
    </message>
    <message>
        <source>set (or change) the recovery passphrase (asks twice)</source>
        <translation>définit (ou change) la phrase secrète de récupération (demandée deux fois)</translation>
    </message>
    <message>
        <source>put the workspace key back after the key store lost it</source>
        <translation>remet la clé de l’espace de travail après sa perte par le trousseau de clés</translation>
    </message>
    <message>
        <source>delete the workspace: its database, files and key (asks for its id)</source>
        <translation>supprime l’espace de travail&#xa0;: sa base de données, ses fichiers et sa clé (demande son identifiant)</translation>
    </message>
    <message>
        <source>read passphrases and answers from standard input, one a line</source>
        <translation>lit les phrases secrètes et les réponses sur l’entrée standard, une par ligne</translation>
    </message>
    <message>
        <source>New recovery passphrase: </source>
        <translation>Nouvelle phrase secrète de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>The same recovery passphrase again: </source>
        <translation>La même phrase secrète de récupération, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>New workspace passphrase: </source>
        <translation>Nouvelle phrase secrète de l’espace de travail&#xa0;: </translation>
    </message>
    <message>
        <source>The same workspace passphrase again: </source>
        <translation>La même phrase secrète de l’espace de travail, encore une fois&#xa0;: </translation>
    </message>
    <message>
        <source>Workspace passphrase: </source>
        <translation>Phrase secrète de l’espace de travail&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>desk: backup of workspace {id} written to {file} ({size} MB, %n stored files).</source>
        <translation>
            <numerusform>desk&#xa0;: sauvegarde de l’espace de travail {id} écrite dans {file} ({size} Mo, %n fichier enregistré).</numerusform>
            <numerusform>desk&#xa0;: sauvegarde de l’espace de travail {id} écrite dans {file} ({size} Mo, %n fichiers enregistrés).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup of workspace {id} made {made} into {folder}? Close desk on this computer first. The workspace there now is moved aside, not deleted. Type yes to go on: </source>
        <translation>Restaurer la sauvegarde de l’espace de travail {id} faite le {made} dans {folder}&#xa0;? Fermez d’abord desk sur cet ordinateur. L’espace de travail qui s’y trouve est mis de côté, pas supprimé. Tapez yes pour continuer&#xa0;: </translation>
    </message>
    <message>
        <source>Recovery passphrase: </source>
        <translation>Phrase secrète de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>desk: workspace {id} restored in {folder} from the backup made {made}.</source>
        <translation>desk&#xa0;: espace de travail {id} restauré dans {folder} à partir de la sauvegarde faite le {made}.</translation>
    </message>
    <message>
        <source>The workspace that was there is in {folder}.</source>
        <translation>L’espace de travail qui s’y trouvait est dans {folder}.</translation>
    </message>
    <message>
        <source>desk: the recovery passphrase is set ({file}). Keep it apart from the computer, for instance sealed in the clinic&apos;s safe.</source>
        <translation>desk&#xa0;: la phrase secrète de récupération est définie ({file}). Gardez-la à l’écart de l’ordinateur, par exemple sous pli scellé dans le coffre du cabinet.</translation>
    </message>
    <message>
        <source>desk: the key of workspace {id} is back in this computer&apos;s key store.</source>
        <translation>desk&#xa0;: la clé de l’espace de travail {id} est de retour dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>desk: the key of workspace {id} is back in workspace.toml, wrapped by the new workspace passphrase.</source>
        <translation>desk&#xa0;: la clé de l’espace de travail {id} est de retour dans workspace.toml, protégée par la nouvelle phrase secrète de l’espace de travail.</translation>
    </message>
    <message>
        <source>Delete the workspace {id} in {folder}: its database, files, backups and its key in the key store? This cannot be undone. Type the workspace id to go on: </source>
        <translation>Supprimer l’espace de travail {id} dans {folder}&#xa0;: sa base de données, ses fichiers, ses sauvegardes et sa clé dans le trousseau de clés&#xa0;? C’est irréversible. Tapez l’identifiant de l’espace de travail pour continuer&#xa0;: </translation>
    </message>
    <message>
        <source>desk: workspace {id} deleted from {folder}.</source>
        <translation>desk&#xa0;: espace de travail {id} supprimé de {folder}.</translation>
    </message>
    <message>
        <source>send waiting changes to the server and fetch what changed there</source>
        <translation>envoie au serveur les modifications en attente et récupère ce qui y a changé</translation>
    </message>
    <message>
        <source>one round, then print a summary (otherwise repeat every server.sync_interval_seconds until interrupted)</source>
        <translation>une seule passe, puis un résumé (sinon recommence toutes les server.sync_interval_seconds jusqu’à interruption)</translation>
    </message>
    <message>
        <source>after the server was put back from a backup: send every patient and appointment again (those it still has are not doubled)</source>
        <translation>après la restauration du serveur depuis une sauvegarde&#xa0;: renvoie chaque patient et chaque rendez-vous (ceux qu’il a encore ne sont pas dédoublés)</translation>
    </message>
    <message>
        <source>the clinic&apos;s FHIR server</source>
        <translation>le serveur FHIR de la clinique</translation>
    </message>
    <message>
        <source>keep the server&apos;s access token (or, with server.client_id set, the client secret) in the system key store; read from standard input</source>
        <translation>garde le jeton d’accès du serveur (ou, si server.client_id est défini, le secret client) dans le trousseau de clés du système&#xa0;; lu sur l’entrée standard</translation>
    </message>
    <message>
        <source>desk sync: {patients} and {appointments} will be sent again</source>
        <translation>desk sync&#xa0;: {patients} et {appointments} seront envoyés de nouveau</translation>
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
            <numerusform>%n rendez-vous</numerusform>
            <numerusform>%n rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n modification attend d’être envoyée.</numerusform>
            <numerusform>%n modifications attendent d’être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{waiting}; {attention}.</source>
        <translation>{waiting}&#xa0;; {attention}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need attention</source>
        <translation>
            <numerusform>%n enregistrement à examiner</numerusform>
            <numerusform>%n enregistrements à examiner</numerusform>
        </translation>
    </message>
    <message>
        <source>desk sync: {error}</source>
        <translation>desk sync&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n clinic form(s) withdrawn</source>
        <translation>
            <numerusform>%n formulaire de la clinique retiré</numerusform>
            <numerusform>%n formulaires de la clinique retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) withdrawn</source>
        <translation>
            <numerusform>%n rendez-vous retiré</numerusform>
            <numerusform>%n rendez-vous retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>{sent} in {bundles}; {received} ({changed}){withdrawn}.</source>
        <translation>{sent} en {bundles}&#xa0;; {received} ({changed}){withdrawn}.</translation>
    </message>
    <message numerus="yes">
        <source>received %n record(s)</source>
        <translation>
            <numerusform>%n enregistrement reçu</numerusform>
            <numerusform>%n enregistrements reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed</source>
        <translation>
            <numerusform>%n nouveau ou modifié</numerusform>
            <numerusform>%n nouveaux ou modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>; {withdrawn}</source>
        <translation>&#xa0;; {withdrawn}</translation>
    </message>
    <message>
        <source>desk server login: {error}</source>
        <translation>desk server login&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Client secret for {url}: </source>
        <translation>Secret client pour {url}&#xa0;: </translation>
    </message>
    <message>
        <source>The client secret for {url} is kept in the system key store.</source>
        <translation>Le secret client pour {url} est gardé dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Access token for {url}: </source>
        <translation>Jeton d’accès pour {url}&#xa0;: </translation>
    </message>
    <message>
        <source>The access token for {url} is kept in the system key store.</source>
        <translation>Le jeton d’accès pour {url} est gardé dans le trousseau de clés du système.</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Keep desk&apos;s value</source>
        <translation>Garder la valeur de desk</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Garder la valeur du serveur</translation>
    </message>
    <message>
        <source>{field}: keep desk&apos;s value {value}</source>
        <translation>{field}&#xa0;: garder la valeur de desk {value}</translation>
    </message>
    <message>
        <source>{field}: keep the server&apos;s value {value}</source>
        <translation>{field}&#xa0;: garder la valeur du serveur {value}</translation>
    </message>
    <message>
        <source>Save choice</source>
        <translation>Enregistrer le choix</translation>
    </message>
    <message>
        <source>All desk&apos;s values</source>
        <translation>Toutes les valeurs de desk</translation>
    </message>
    <message>
        <source>All the server&apos;s</source>
        <translation>Toutes celles du serveur</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>access token</source>
        <translation>jeton d’accès</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <source>The two PINs are not the same; nothing was changed.</source>
        <translation>Les deux codes PIN ne sont pas identiques&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The images in {folder} are of someone else (their name or birth date differs from the patient&apos;s with the record number {mrn}); nothing was imported.</source>
        <translation>Les images de {folder} sont celles de quelqu’un d’autre (le nom ou la date de naissance diffère de ceux du patient dont le numéro de dossier est {mrn})&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; give the disc or the folder of images.</source>
        <translation>{folder} n’est pas un dossier&#xa0;; indiquez le disque ou le dossier d’images.</translation>
    </message>
    <message>
        <source>No patient has the record number {mrn}; nothing was imported.</source>
        <translation>Aucun patient n’a le numéro de dossier {mrn}&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>{file} already exists; name a new file for the bundle.</source>
        <translation>{file} existe déjà&#xa0;; indiquez un nouveau fichier pour l’archive.</translation>
    </message>
    <message>
        <source>desk could not write the bundle to {file} ({error}).</source>
        <translation>desk n’a pas pu écrire l’archive dans {file} ({error}).</translation>
    </message>
    <message>
        <source>the patient file {file} cannot be read as JSON</source>
        <translation>le fichier patient {file} est illisible comme JSON</translation>
    </message>
    <message>
        <source>the patient file {file} is not a JSON object</source>
        <translation>le fichier patient {file} n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the response file {file} cannot be read as JSON</source>
        <translation>le fichier de réponse {file} est illisible comme JSON</translation>
    </message>
    <message>
        <source>the response file {file} is not a JSON object</source>
        <translation>le fichier de réponse {file} n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the saved draft cannot be read</source>
        <translation>le brouillon enregistré ne peut pas être lu</translation>
    </message>
    <message>
        <source>the saved draft belongs to another form</source>
        <translation>le brouillon enregistré appartient à un autre formulaire</translation>
    </message>
    <message>
        <source>this form has no item {ref!r}</source>
        <translation>ce formulaire n’a pas d’élément {ref!r}</translation>
    </message>
    <message>
        <source>this form has no such item instance</source>
        <translation>ce formulaire n’a pas cette occurrence d’élément</translation>
    </message>
    <message>
        <source>item {link_id} is not a question</source>
        <translation>l’élément {link_id} n’est pas une question</translation>
    </message>
    <message>
        <source>item {link_id} is not a repeating group</source>
        <translation>l’élément {link_id} n’est pas un groupe répétable</translation>
    </message>
    <message>
        <source>{status!r} is not a QuestionnaireResponse status</source>
        <translation>{status!r} n’est pas un statut de QuestionnaireResponse</translation>
    </message>
    <message>
        <source>the form still has unanswered or invalid questions</source>
        <translation>le formulaire a encore des questions sans réponse ou non valides</translation>
    </message>
    <message>
        <source>this is not a QuestionnaireResponse</source>
        <translation>ce n’est pas une QuestionnaireResponse</translation>
    </message>
    <message>
        <source>the saved answers cannot be read: {too_deep}</source>
        <translation>les réponses enregistrées ne peuvent pas être lues&#xa0;: {too_deep}</translation>
    </message>
    <message>
        <source>the saved answers cannot be read: their JSON {not_a_number}</source>
        <translation>les réponses enregistrées ne peuvent pas être lues&#xa0;: leur JSON {not_a_number}</translation>
    </message>
    <message>
        <source>the saved answers do not fit this form: {problem}</source>
        <translation>les réponses enregistrées ne correspondent pas à ce formulaire&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>That form from the clinic&apos;s server can no longer be used here; nothing was changed.</source>
        <translation>Ce formulaire du serveur de la clinique ne peut plus être utilisé ici&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That form is not one of desk&apos;s forms.</source>
        <translation>Ce formulaire ne fait pas partie des formulaires de desk.</translation>
    </message>
    <message>
        <source>Choose at least one form to send.</source>
        <translation>Choisissez au moins un formulaire à envoyer.</translation>
    </message>
    <message>
        <source>That appointment is another patient&apos;s.</source>
        <translation>Ce rendez-vous est celui d’un autre patient.</translation>
    </message>
    <message>
        <source>That form is no longer in use on the clinic&apos;s server; choose another.</source>
        <translation>Ce formulaire n’est plus utilisé sur le serveur de la clinique&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Forms can only be sent for an appointment that is booked or in progress.</source>
        <translation>Les formulaires ne peuvent être envoyés que pour un rendez-vous prévu ou en cours.</translation>
    </message>
    <message>
        <source>That patient is not in the workspace.</source>
        <translation>Ce patient n’est pas dans l’espace de travail.</translation>
    </message>
    <message>
        <source>The forms are not available in that language; choose one of {value}.</source>
        <translation>Les formulaires ne sont pas disponibles dans cette langue&#xa0;; choisissez parmi {value}.</translation>
    </message>
    <message>
        <source>A check-in code has 6 letters and numbers. Please check it and try again.</source>
        <translation>Un code d’arrivée comporte 6 lettres et chiffres. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>This check-in code is not known. Please check it and try again, or ask at the front desk.</source>
        <translation>Ce code d’arrivée est inconnu. Vérifiez-le et réessayez, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>This check-in code was cancelled. Please ask at the front desk for a new one.</source>
        <translation>Ce code d’arrivée a été annulé. Demandez-en un nouveau à l’accueil.</translation>
    </message>
    <message>
        <source>The forms for this check-in code are already completed. Thank you!</source>
        <translation>Les formulaires de ce code d’arrivée sont déjà remplis. Merci&#xa0;!</translation>
    </message>
    <message>
        <source>This check-in code has expired. Please ask at the front desk for a new one.</source>
        <translation>Ce code d’arrivée a expiré. Demandez-en un nouveau à l’accueil.</translation>
    </message>
    <message>
        <source>This check-in code is no longer valid for its appointment. Please ask at the front desk.</source>
        <translation>Ce code d’arrivée n’est plus valable pour son rendez-vous. Adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Those forms are no longer waiting; ask at the front desk.</source>
        <translation>Ces formulaires ne sont plus en attente&#xa0;; adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>This form was already completed or withdrawn; nothing was changed.</source>
        <translation>Ce formulaire a déjà été rempli ou retiré&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>These are not answers to a form; nothing was saved.</source>
        <translation>Ce ne sont pas des réponses à un formulaire&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The form is not finished yet; nothing was saved.</source>
        <translation>Le formulaire n’est pas encore terminé&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>These answers belong to another form; nothing was saved.</source>
        <translation>Ces réponses appartiennent à un autre formulaire&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Those forms are not in the workspace.</source>
        <translation>Ces formulaires ne sont pas dans l’espace de travail.</translation>
    </message>
    <message>
        <source>These forms have no printout yet.</source>
        <translation>Ces formulaires n’ont pas encore de version imprimable.</translation>
    </message>
    <message>
        <source>We could not find forms for you today. Please check what you typed, or ask at the front desk.</source>
        <translation>Nous n’avons pas trouvé de formulaires pour vous aujourd’hui. Vérifiez ce que vous avez saisi, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Too many codes were not right. Please wait {seconds} seconds, or ask at the front desk.</source>
        <translation>Trop de codes erronés. Patientez {seconds} secondes, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>The kiosk PIN must be {low} to {high} digits.</source>
        <translation>Le code PIN de la borne doit comporter de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <source>Print between 1 and {most} labels at a time.</source>
        <translation>Imprimez entre 1 et {most} étiquettes à la fois.</translation>
    </message>
    <message>
        <source>Only details missing from the record you keep can be copied from the other record.</source>
        <translation>Seules les informations absentes de la fiche conservée peuvent être copiées depuis l’autre fiche.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself. Choose two different records.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même. Choisissez deux fiches différentes.</translation>
    </message>
    <message>
        <source>One of these records is no longer in the workspace.</source>
        <translation>L’une de ces fiches n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <source>One of these records was already merged into another record. Search again and merge the record that was kept.</source>
        <translation>L’une de ces fiches a déjà été fusionnée avec une autre. Relancez la recherche et fusionnez la fiche conservée.</translation>
    </message>
    <message>
        <source>The record&apos;s files cannot be moved without the workspace&apos;s file store.</source>
        <translation>Les fichiers de la fiche ne peuvent pas être déplacés sans le stockage de fichiers de l’espace de travail.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name and given name.</source>
        <translation>Saisissez le nom de famille et le prénom du patient.</translation>
    </message>
    <message>
        <source>Sex must be one of: {value}.</source>
        <translation>Le sexe doit être l’un des suivants&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>That patient is no longer in the workspace.</source>
        <translation>Ce patient n’est plus dans l’espace de travail.</translation>
    </message>
    <message>
        <source>The date of birth on the form is not a date.</source>
        <translation>La date de naissance du formulaire n’est pas une date.</translation>
    </message>
    <message>
        <source>Unknown appointment state {state!r}.</source>
        <translation>État de rendez-vous inconnu {state!r}.</translation>
    </message>
    <message>
        <source>This patient has an appointment today at {at}: check them in on the Today board instead.</source>
        <translation>Ce patient a un rendez-vous aujourd’hui à {at}&#xa0;: enregistrez plutôt son arrivée sur le tableau du jour.</translation>
    </message>
    <message>
        <source>This patient is already checked in today (the {at} visit).</source>
        <translation>L’arrivée de ce patient est déjà enregistrée aujourd’hui (le rendez-vous de {at}).</translation>
    </message>
    <message>
        <source>An appointment that is {was} cannot become {wanted}.</source>
        <translation>Un rendez-vous à l’état {was} ne peut pas passer à l’état {wanted}.</translation>
    </message>
    <message>
        <source>That appointment is not in the workspace.</source>
        <translation>Ce rendez-vous n’est pas dans l’espace de travail.</translation>
    </message>
    <message>
        <source>The patient search index could not be created in the database.</source>
        <translation>L’index de recherche des patients n’a pas pu être créé dans la base de données.</translation>
    </message>
    <message>
        <source>No forms are waiting at the kiosk for this appointment. Send forms first.</source>
        <translation>Aucun formulaire n’attend à la borne pour ce rendez-vous. Envoyez d’abord des formulaires.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Saisissez un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Unknown role {role!r}.</source>
        <translation>Rôle inconnu {role!r}.</translation>
    </message>
    <message>
        <source>The password must be at least {min_password} characters long.</source>
        <translation>Le mot de passe doit comporter au moins {min_password} caractères.</translation>
    </message>
    <message>
        <source>That user name is taken.</source>
        <translation>Ce nom d’utilisateur est déjà pris.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s). An administrator can unlock it sooner.</source>
        <translation>
            <numerusform>Trop de mots de passe erronés&#xa0;: ce compte est verrouillé pendant %n minute. Un administrateur peut le déverrouiller plus tôt.</numerusform>
            <numerusform>Trop de mots de passe erronés&#xa0;: ce compte est verrouillé pendant %n minutes. Un administrateur peut le déverrouiller plus tôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language {language!r}.</source>
        <translation>Langue inconnue {language!r}.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end ({file}) was altered.</source>
        <translation>L’enregistrement de la fin du journal d’audit ({file}) a été modifié.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end was altered.</source>
        <translation>L’enregistrement de la fin du journal d’audit a été modifié.</translation>
    </message>
    <message>
        <source>{out} already exists; name a new file for the backup.</source>
        <translation>{out} existe déjà&#xa0;; donnez un nouveau nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>This workspace has no recovery passphrase, so a backup of it could only be restored on this computer. Set one first: desk workspace recovery set.</source>
        <translation>Cet espace de travail n’a pas de phrase secrète de récupération&#xa0;: une sauvegarde ne pourrait être restaurée que sur cet ordinateur. Définissez-en une d’abord&#xa0;: desk workspace recovery set.</translation>
    </message>
    <message>
        <source>desk could not write the backup to {out} ({strerror}). Nothing was changed.</source>
        <translation>desk n’a pas pu écrire la sauvegarde dans {out} ({strerror}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no file {archive_path}.</source>
        <translation>Le fichier {archive_path} n’existe pas.</translation>
    </message>
    <message>
        <source>{archive_path} is not a desk backup, or it is damaged.</source>
        <translation>{archive_path} n’est pas une sauvegarde desk, ou elle est endommagée.</translation>
    </message>
    <message>
        <source>{archive_path} was made by a newer desk; install it to restore this backup.</source>
        <translation>{archive_path} a été créée par une version plus récente de desk&#xa0;; installez-la pour restaurer cette sauvegarde.</translation>
    </message>
    <message>
        <source>desk could not restore {archive_path} into {path} ({value}). Nothing was changed.</source>
        <translation>desk n’a pas pu restaurer {archive_path} dans {path} ({value}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>the backup is damaged</source>
        <translation>la sauvegarde est endommagée</translation>
    </message>
    <message>
        <source>{archive_path} holds a file outside the workspace ({name}); it is not a desk backup. Nothing was changed.</source>
        <translation>{archive_path} contient un fichier hors de l’espace de travail ({name})&#xa0;: ce n’est pas une sauvegarde desk. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The key of this backup&apos;s workspace is not in this computer&apos;s key store: enter the workspace&apos;s recovery passphrase.</source>
        <translation>La clé de l’espace de travail de cette sauvegarde n’est pas dans le coffre de clés de cet ordinateur&#xa0;: saisissez la phrase secrète de récupération de l’espace de travail.</translation>
    </message>
    <message>
        <source>That file is not in the workspace.</source>
        <translation>Ce fichier n’est pas dans l’espace de travail.</translation>
    </message>
    <message>
        <source>A stored file is missing from the workspace.</source>
        <translation>Un fichier enregistré manque dans l’espace de travail.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered; it cannot be opened.</source>
        <translation>Un fichier enregistré est endommagé ou a été modifié&#xa0;; il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. Free some space and try again.</source>
        <translation>Le disque est plein, le fichier n’a donc pas été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>desk cannot write to the workspace folder.</source>
        <translation>desk ne peut pas écrire dans le dossier de l’espace de travail.</translation>
    </message>
    <message>
        <source>The workspace database is not encrypted; desk will not open it.</source>
        <translation>La base de données de l’espace de travail n’est pas chiffrée&#xa0;; desk ne l’ouvrira pas.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full, so desk cannot open it. Free some space on it ({parent}) and start desk again; nothing was lost.</source>
        <translation>Le disque de l’espace de travail est plein, desk ne peut donc pas l’ouvrir. Libérez de l’espace sur ce disque ({parent}) et relancez desk&#xa0;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>The workspace database could not be opened: the key does not match or the file is damaged. Nothing was changed.</source>
        <translation>La base de données de l’espace de travail n’a pas pu être ouverte&#xa0;: la clé ne correspond pas ou le fichier est endommagé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>Le disque est plein, la modification n’a donc pas été enregistrée. Libérez de l’espace et réessayez&#xa0;; rien de ce qui était déjà enregistré n’a été perdu.</translation>
    </message>
    <message>
        <source>desk cannot write to the workspace folder. Ask IT to check its permissions; nothing was changed.</source>
        <translation>desk ne peut pas écrire dans le dossier de l’espace de travail. Demandez au service informatique de vérifier ses droits&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace database is damaged, so nothing was changed. Ask IT to restore it before more work is done here.</source>
        <translation>La base de données de l’espace de travail est endommagée, rien n’a donc été modifié. Demandez au service informatique de la restaurer avant de continuer à travailler ici.</translation>
    </message>
    <message>
        <source>The workspace is busy; try again in a moment.</source>
        <translation>L’espace de travail est occupé&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>La modification n’a pas pu être enregistrée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>desk could not copy the database to {parent} (is the disk full?). Nothing was changed.</source>
        <translation>desk n’a pas pu copier la base de données dans {parent} (le disque est-il plein&#xa0;?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; desk will not use it.</source>
        <translation>{path} n’est pas chiffré&#xa0;; desk ne l’utilisera pas.</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not open with the workspace key, or is damaged. Nothing was changed.</source>
        <translation>La base de données de la sauvegarde ne s’ouvre pas avec la clé de l’espace de travail, ou elle est endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace&apos;s wrapped key is damaged; it cannot be opened with a passphrase. Restore workspace.toml from a backup.</source>
        <translation>La clé protégée de l’espace de travail est endommagée&#xa0;; elle ne peut pas être ouverte avec une phrase secrète. Restaurez workspace.toml depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {min_passphrase} characters long; a few words make a good one.</source>
        <translation>La phrase secrète doit comporter au moins {min_passphrase} caractères&#xa0;; quelques mots en font une bonne.</translation>
    </message>
    <message>
        <source>That passphrase is not right for this workspace.</source>
        <translation>Cette phrase secrète n’est pas la bonne pour cet espace de travail.</translation>
    </message>
    <message>
        <source>The system key store is not available.</source>
        <translation>Le coffre de clés du système n’est pas disponible.</translation>
    </message>
    <message>
        <source>The system key store did not keep the secret.</source>
        <translation>Le coffre de clés du système n’a pas conservé le secret.</translation>
    </message>
    <message>
        <source>desk could not set up the new workspace database. Nothing was lost; send desk&apos;s log to support.</source>
        <translation>desk n’a pas pu préparer la nouvelle base de données de l’espace de travail. Rien n’a été perdu&#xa0;; envoyez le journal de desk au support.</translation>
    </message>
    <message>
        <source>This workspace was last used by a newer desk: its data has schema version {current}, and this desk ({version}) knows versions up to {head}. Nothing was opened or changed. Install that newer desk again (or a later one) to use this workspace.</source>
        <translation>Cet espace de travail a été utilisé en dernier par une version plus récente de desk&#xa0;: ses données sont en version de schéma {current}, et cette version de desk ({version}) connaît les versions jusqu’à {head}. Rien n’a été ouvert ni modifié. Réinstallez cette version plus récente de desk (ou une suivante) pour utiliser cet espace de travail.</translation>
    </message>
    <message>
        <source>desk could not upgrade the workspace database from schema version {current} to {head}, nor put back the copy it made before: that copy is safe in {backup}. Ask IT to copy it over {db_path}, then use the previous desk until support has seen desk&apos;s log.</source>
        <translation>desk n’a pas pu mettre à jour la base de données de l’espace de travail de la version de schéma {current} à {head}, ni remettre la copie faite auparavant&#xa0;: cette copie est en sécurité dans {backup}. Demandez au service informatique de la copier à la place de {db_path}, puis utilisez la version précédente de desk jusqu’à ce que le support ait vu le journal de desk.</translation>
    </message>
    <message>
        <source>desk could not upgrade the workspace database from schema version {current} to {head}, so it put back the copy it made just before ({backup}): nothing was lost. Use the previous desk until support has seen desk&apos;s log.</source>
        <translation>desk n’a pas pu mettre à jour la base de données de l’espace de travail de la version de schéma {current} à {head}&#xa0;; il a donc remis la copie faite juste avant ({backup})&#xa0;: rien n’a été perdu. Utilisez la version précédente de desk jusqu’à ce que le support ait vu le journal de desk.</translation>
    </message>
    <message>
        <source>The setting intake.forms_by_reason needs &quot;reason: form, form; ...&quot;, not {rule!r}.</source>
        <translation>Le paramètre intake.forms_by_reason attend «&#xa0;reason: form, form; ...&#xa0;», et non {rule!r}.</translation>
    </message>
    <message>
        <source>This workspace has no recovery passphrase ({file} is not in {folder}), so its key cannot be recovered. Nothing was changed.</source>
        <translation>Cet espace de travail n’a pas de phrase secrète de récupération ({file} n’est pas dans {folder}), sa clé ne peut donc pas être récupérée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That recovery passphrase is not right for this workspace. Nothing was changed.</source>
        <translation>Cette phrase secrète de récupération n’est pas la bonne pour cet espace de travail. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>must be an AE title: 1 to 16 letters, digits or spaces</source>
        <translation>doit être un titre AE&#xa0;: de 1 à 16 lettres, chiffres ou espaces</translation>
    </message>
    <message>
        <source>The settings file {extra_file} given to --config does not exist.</source>
        <translation>Le fichier de paramètres {extra_file} donné à --config n’existe pas.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {err}</source>
        <translation>Le fichier de paramètres {path} ne peut pas être lu&#xa0;: {err}</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: it is not UTF-8 text.</source>
        <translation>Le fichier de paramètres {path} ne peut pas être lu&#xa0;: ce n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {too_deep}.</source>
        <translation>Le fichier de paramètres {path} ne peut pas être lu&#xa0;: {too_deep}.</translation>
    </message>
    <message>
        <source>The settings file {path} is for a newer desk (version {version}).</source>
        <translation>Le fichier de paramètres {path} est destiné à une version plus récente de desk (version {version}).</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not {item!r}.</source>
        <translation>--set attend CLÉ=VALEUR, et non {item!r}.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux (true ou false)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>The setting {name} from {source} {problem}.</source>
        <translation>Le paramètre {name} de {source} {problem}.</translation>
    </message>
    <message>
        <source>The setting {name} from {source} {problem}, not {value}.</source>
        <translation>Le paramètre {name} de {source} {problem}, et non {value}.</translation>
    </message>
    <message>
        <source>The setting {name} from {source} must be {kind}.</source>
        <translation>Le paramètre {name} de {source} doit être {kind}.</translation>
    </message>
    <message>
        <source>The setting {name} from {source} must be {kind}, not {value}.</source>
        <translation>Le paramètre {name} de {source} doit être {kind}, et non {value}.</translation>
    </message>
    <message>
        <source>There is no desk workspace in {path}.</source>
        <translation>Il n’y a pas d’espace de travail desk dans {path}.</translation>
    </message>
    <message>
        <source>The workspace description in {path} is damaged.</source>
        <translation>La description de l’espace de travail dans {path} est endommagée.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer desk: its description has format {value}, and this desk reads formats up to {format}. Nothing was opened or changed. Install that newer desk again (or a later one) to use this workspace.</source>
        <translation>Cet espace de travail a été créé par une version plus récente de desk&#xa0;: sa description est au format {value}, et cette version de desk lit les formats jusqu’à {format}. Rien n’a été ouvert ni modifié. Réinstallez cette version plus récente de desk (ou une suivante) pour utiliser cet espace de travail.</translation>
    </message>
    <message>
        <source>The workspace description in {path} is incomplete.</source>
        <translation>La description de l’espace de travail dans {path} est incomplète.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase to open it.</source>
        <translation>Saisissez la phrase secrète de l’espace de travail pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The key for this workspace is not in this computer&apos;s key store. Ask IT to restore it (desk workspace recover).</source>
        <translation>La clé de cet espace de travail n’est pas dans le coffre de clés de cet ordinateur. Demandez au service informatique de la restaurer (desk workspace recover).</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}.</source>
        <translation>Un espace de travail existe déjà dans {path}.</translation>
    </message>
    <message>
        <source>desk could not remove all of {path}; remove what is left by hand, with desk closed.</source>
        <translation>desk n’a pas pu supprimer tout {path}&#xa0;; supprimez le reste à la main, desk fermé.</translation>
    </message>
    <message>
        <source>This computer has no usable key store. An administrator must choose a passphrase that protects the workspace.</source>
        <translation>Cet ordinateur n’a pas de coffre de clés utilisable. Un administrateur doit choisir une phrase secrète qui protège l’espace de travail.</translation>
    </message>
    <message>
        <source>This workspace&apos;s key cannot go into this computer&apos;s key store (there is none, or the workspace opens with a passphrase): choose a new workspace passphrase.</source>
        <translation>La clé de cet espace de travail ne peut pas aller dans le coffre de clés de cet ordinateur (il n’y en a pas, ou l’espace de travail s’ouvre avec une phrase secrète)&#xa0;: choisissez une nouvelle phrase secrète pour l’espace de travail.</translation>
    </message>
    <message>
        <source>The disk is full; the workspace was not created.</source>
        <translation>Le disque est plein&#xa0;; l’espace de travail n’a pas été créé.</translation>
    </message>
    <message>
        <source>desk cannot write to {path}. Choose another folder or ask IT to check its permissions.</source>
        <translation>desk ne peut pas écrire dans {path}. Choisissez un autre dossier ou demandez au service informatique de vérifier ses droits.</translation>
    </message>
    <message>
        <source>The clinic server refused desk&apos;s sign-in. Ask IT to check the client credentials.</source>
        <translation>Le serveur de la clinique a refusé la connexion de desk. Demandez au service informatique de vérifier les identifiants du client.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer desk cannot read.</source>
        <translation>Le service de connexion a envoyé une réponse que desk ne peut pas lire.</translation>
    </message>
    <message>
        <source>This record waits for another record to reach the server first.</source>
        <translation>Cette fiche attend qu’une autre fiche arrive d’abord sur le serveur.</translation>
    </message>
    <message>
        <source>The clinic server sent an answer desk cannot read. desk will try again later.</source>
        <translation>Le serveur de la clinique a envoyé une réponse que desk ne peut pas lire. desk réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The clinic server sent an answer desk cannot read.</source>
        <translation>Le serveur de la clinique a envoyé une réponse que desk ne peut pas lire.</translation>
    </message>
    <message>
        <source>The clinic server refused this record.</source>
        <translation>Le serveur de la clinique a refusé cette fiche.</translation>
    </message>
    <message>
        <source>Someone else changed this record on the server at the same time.</source>
        <translation>Quelqu’un d’autre a modifié cette fiche sur le serveur au même moment.</translation>
    </message>
    <message>
        <source>The clinic server had a problem with this record.</source>
        <translation>Le serveur de la clinique a rencontré un problème avec cette fiche.</translation>
    </message>
    <message>
        <source>desk tried to update a record without its server id.</source>
        <translation>desk a tenté de mettre à jour une fiche sans son identifiant serveur.</translation>
    </message>
    <message>
        <source>desk tried to send something that is not a bundle.</source>
        <translation>desk a tenté d’envoyer quelque chose qui n’est pas un lot (bundle).</translation>
    </message>
    <message>
        <source>The server&apos;s result pages go round in a circle.</source>
        <translation>Les pages de résultats du serveur tournent en rond.</translation>
    </message>
    <message>
        <source>The clinic server is busy. desk will try again later.</source>
        <translation>Le serveur de la clinique est occupé. desk réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The clinic server did not answer in time.</source>
        <translation>Le serveur de la clinique n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>desk does not trust the clinic server&apos;s certificate. Ask IT to check the server address and the clinic&apos;s certificate authority (server.ca_bundle).</source>
        <translation>desk ne fait pas confiance au certificat du serveur de la clinique. Demandez au service informatique de vérifier l’adresse du serveur et l’autorité de certification de la clinique (server.ca_bundle).</translation>
    </message>
    <message>
        <source>desk cannot reach the clinic server. Work continues offline and will be sent later.</source>
        <translation>desk ne peut pas joindre le serveur de la clinique. Le travail continue hors ligne et sera envoyé plus tard.</translation>
    </message>
    <message>
        <source>The server pointed desk to another address for the next page.</source>
        <translation>Le serveur a renvoyé desk vers une autre adresse pour la page suivante.</translation>
    </message>
    <message>
        <source>desk tried to send a record of no known type.</source>
        <translation>desk a tenté d’envoyer une fiche d’un type inconnu.</translation>
    </message>
    <message>
        <source>No server address is set. Set server.url (or DESK_SERVER_URL).</source>
        <translation>Aucune adresse de serveur n’est définie. Définissez server.url (ou DESK_SERVER_URL).</translation>
    </message>
    <message>
        <source>desk is not signed in to the server: run &apos;desk server login&apos;.</source>
        <translation>desk n’est pas connecté au serveur&#xa0;: lancez «&#xa0;desk server login&#xa0;».</translation>
    </message>
    <message>
        <source>No {what} was given; nothing was stored.</source>
        <translation>Aucun {what} n’a été donné&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>That record has no open conflict.</source>
        <translation>Cette fiche n’a pas de conflit en cours.</translation>
    </message>
    <message>
        <source>This record changed again while you chose. Look at it again and choose.</source>
        <translation>Cette fiche a de nouveau changé pendant votre choix. Regardez-la de nouveau et choisissez.</translation>
    </message>
    <message>
        <source>desk is not signed in to the clinic server, or the sign-in has expired. Ask IT to sign desk in again.</source>
        <translation>desk n’est pas connecté au serveur de la clinique, ou la connexion a expiré. Demandez au service informatique de reconnecter desk.</translation>
    </message>
    <message>
        <source>The record is not on the clinic server (it may have been removed).</source>
        <translation>La fiche n’est pas sur le serveur de la clinique (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>The clinic server refused this record. Check it, correct it and it will be sent again.</source>
        <translation>Le serveur de la clinique a refusé cette fiche. Vérifiez-la, corrigez-la et elle sera renvoyée.</translation>
    </message>
    <message>
        <source>A record from the server has no id.</source>
        <translation>Une fiche venue du serveur n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>The server sent something other than a {value}.</source>
        <translation>Le serveur a envoyé autre chose qu’un élément de type {value}.</translation>
    </message>
    <message>
        <source>An appointment from the server names no patient.</source>
        <translation>Un rendez-vous venu du serveur ne nomme aucun patient.</translation>
    </message>
    <message>
        <source>An appointment from the server is for a patient desk does not know.</source>
        <translation>Un rendez-vous venu du serveur concerne un patient que desk ne connaît pas.</translation>
    </message>
    <message>
        <source>An appointment from the server is malformed.</source>
        <translation>Un rendez-vous venu du serveur est mal formé.</translation>
    </message>
    <message>
        <source>A patient record from the server is malformed.</source>
        <translation>Une fiche patient venue du serveur est mal formée.</translation>
    </message>
    <message>
        <source>An image says a name or other text may be burned into the picture (Burned In Annotation is YES), so no anonymised copy was written.</source>
        <translation>Une image indique qu’un nom ou un autre texte peut être incrusté dans l’image (Burned In Annotation vaut YES)&#xa0;: aucune copie anonymisée n’a été écrite.</translation>
    </message>
    <message>
        <source>That folder cannot be opened. Check that the disc is in the drive.</source>
        <translation>Ce dossier ne peut pas être ouvert. Vérifiez que le disque est dans le lecteur.</translation>
    </message>
    <message>
        <source>That folder holds more than {max_files:,} files; choose the disc or the folder with the patient&apos;s images.</source>
        <translation>Ce dossier contient plus de {max_files:,} fichiers&#xa0;; choisissez le disque ou le dossier qui contient les images du patient.</translation>
    </message>
    <message>
        <source>Part of the disc cannot be read. Clean the disc or try another drive.</source>
        <translation>Une partie du disque ne peut pas être lue. Nettoyez le disque ou essayez un autre lecteur.</translation>
    </message>
    <message>
        <source>No study with this Study Instance UID is on this computer.</source>
        <translation>Aucun examen avec ce Study Instance UID n’est sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The folder {out} is not empty; choose a new or empty folder.</source>
        <translation>Le dossier {out} n’est pas vide&#xa0;; choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>The folder {out} could not be made ({strerror}).</source>
        <translation>Le dossier {out} n’a pas pu être créé ({strerror}).</translation>
    </message>
    <message>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Cette image est endommagée et ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>These images are no longer on this computer.</source>
        <translation>Ces images ne sont plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>An image on the disc could not be read, so nothing was imported. Check that the disc is still in the drive and try again.</source>
        <translation>Une image du disque n’a pas pu être lue, rien n’a donc été importé. Vérifiez que le disque est toujours dans le lecteur et réessayez.</translation>
    </message>
    <message>
        <source>No PACS is set up on this workstation. Set pacs.host (or pacs.dicomweb_url with pacs.protocol = &quot;dicomweb&quot;).</source>
        <translation>Aucun PACS n’est configuré sur ce poste. Définissez pacs.host (ou pacs.dicomweb_url avec pacs.protocol = &quot;dicomweb&quot;).</translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>Aucun mot de passe n’a été donné&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>desk has no password for the PACS. Ask IT to store it.</source>
        <translation>desk n’a pas de mot de passe pour le PACS. Demandez au service informatique de l’enregistrer.</translation>
    </message>
    <message>
        <source>No PACS is set up on this workstation. Set pacs.dicomweb_url.</source>
        <translation>Aucun PACS n’est configuré sur ce poste. Définissez pacs.dicomweb_url.</translation>
    </message>
    <message>
        <source>desk cannot reach the image archive (PACS). Check the network; images already on this computer still open.</source>
        <translation>desk ne peut pas joindre l’archive d’images (PACS). Vérifiez le réseau&#xa0;; les images déjà sur cet ordinateur s’ouvrent toujours.</translation>
    </message>
    <message>
        <source>The image archive (PACS) refused desk&apos;s sign-in. Ask IT to check the PACS user name and password.</source>
        <translation>L’archive d’images (PACS) a refusé la connexion de desk. Demandez au service informatique de vérifier le nom d’utilisateur et le mot de passe du PACS.</translation>
    </message>
    <message>
        <source>desk does not trust the image archive&apos;s certificate. Ask IT to check the PACS address and the clinic&apos;s certificate authority (server.ca_bundle).</source>
        <translation>desk ne fait pas confiance au certificat de l’archive d’images. Demandez au service informatique de vérifier l’adresse du PACS et l’autorité de certification de la clinique (server.ca_bundle).</translation>
    </message>
    <message>
        <source>The clinic&apos;s certificate authority file (server.ca_bundle) cannot be read.</source>
        <translation>Le fichier de l’autorité de certification de la clinique (server.ca_bundle) ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The image archive (PACS) kept {kept} of the {sent} images sent. Try again; if it keeps happening, tell IT.</source>
        <translation>L’archive d’images (PACS) a gardé {kept} des {sent} images envoyées. Réessayez&#xa0;; si cela se reproduit, prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The image archive (PACS) no longer has these images.</source>
        <translation>L’archive d’images (PACS) n’a plus ces images.</translation>
    </message>
    <message>
        <source>The image archive (PACS) failed to answer (error {status}). Try again later.</source>
        <translation>L’archive d’images (PACS) n’a pas pu répondre (erreur {status}). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>desk cannot receive images on port {move_port}: another program uses it. Ask IT to set pacs.move_port to a free port.</source>
        <translation>desk ne peut pas recevoir d’images sur le port {move_port}&#xa0;: un autre programme l’utilise. Demandez au service informatique de régler pacs.move_port sur un port libre.</translation>
    </message>
    <message>
        <source>These images are of too many kinds to send at once.</source>
        <translation>Ces images sont de trop de types différents pour être envoyées en une fois.</translation>
    </message>
    <message>
        <source>desk cannot reach the image archive (PACS). Check the network and the PACS settings (host, port, AE titles, TLS); images already on this computer still open.</source>
        <translation>desk ne peut pas joindre l’archive d’images (PACS). Vérifiez le réseau et les paramètres du PACS (hôte, port, titres AE, TLS)&#xa0;; les images déjà sur cet ordinateur s’ouvrent toujours.</translation>
    </message>
    <message>
        <source>The image archive (PACS) did not send every image of the study, so none was kept. Try again later.</source>
        <translation>L’archive d’images (PACS) n’a pas envoyé toutes les images de l’examen, aucune n’a donc été gardée. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The image archive (PACS) refused the request (status 0x{code:04X}). Ask IT to check the PACS settings.</source>
        <translation>L’archive d’images (PACS) a refusé la demande (statut 0x{code:04X}). Demandez au service informatique de vérifier les paramètres du PACS.</translation>
    </message>
    <message>
        <source>The image archive (PACS) refused an image (status 0x{code:04X}). Ask IT to check the PACS settings.</source>
        <translation>L’archive d’images (PACS) a refusé une image (statut 0x{code:04X}). Demandez au service informatique de vérifier les paramètres du PACS.</translation>
    </message>
    <message>
        <source>These images are not in this patient&apos;s chart.</source>
        <translation>Ces images ne sont pas dans le dossier de ce patient.</translation>
    </message>
    <message>
        <source>These images came from the image archive (PACS): they are there already.</source>
        <translation>Ces images viennent de l’archive d’images (PACS)&#xa0;: elles y sont déjà.</translation>
    </message>
    <message>
        <source>This patient has no record number yet, so the image archive could not file the images under it. Sync the patient first, then retry.</source>
        <translation>Ce patient n’a pas encore de numéro de dossier, l’archive d’images n’a donc pas pu y classer les images. Synchronisez d’abord le patient, puis réessayez.</translation>
    </message>
    <message>
        <source>This study is too large to fetch from the image archive in one go (over 2 GB); nothing of it was kept.</source>
        <translation>Cet examen est trop volumineux pour être récupéré en une fois depuis l’archive d’images (plus de 2 Go)&#xa0;; rien n’en a été gardé.</translation>
    </message>
    <message>
        <source>The image archive (PACS) sent images of another patient or study, so none was kept. Tell IT.</source>
        <translation>L’archive d’images (PACS) a envoyé des images d’un autre patient ou d’un autre examen, aucune n’a donc été gardée. Prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The image archive (PACS) sent an answer desk cannot read. Try again; if it keeps happening, tell IT.</source>
        <translation>L’archive d’images (PACS) a envoyé une réponse que desk ne peut pas lire. Réessayez&#xa0;; si cela se reproduit, prévenez le service informatique.</translation>
    </message>
    <message>
        <source>This patient has no identifier the image archive knows, so their studies cannot be looked up.</source>
        <translation>Ce patient n’a aucun identifiant connu de l’archive d’images, ses examens ne peuvent donc pas être recherchés.</translation>
    </message>
    <message>
        <source>This image cannot be shown: its pixel data is damaged or compressed in a way desk cannot read.</source>
        <translation>Cette image ne peut pas être affichée&#xa0;: ses données de pixels sont endommagées ou compressées d’une façon que desk ne sait pas lire.</translation>
    </message>
    <message>
        <source>This image cannot be shown: {problem}.</source>
        <translation>Cette image ne peut pas être affichée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>This image cannot be shown: {claim}.</source>
        <translation>Cette image ne peut pas être affichée&#xa0;: {claim}.</translation>
    </message>
    <message>
        <source>Standard input ended before the passphrase; nothing was changed.</source>
        <translation>L’entrée standard s’est terminée avant la phrase secrète&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The two recovery passphrases are not the same; nothing was changed.</source>
        <translation>Les deux phrases secrètes de récupération ne sont pas identiques&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The two workspace passphrases are not the same; nothing was changed.</source>
        <translation>Les deux phrases secrètes de l’espace de travail ne sont pas identiques&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Non confirmé&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DiscReason</name>
    <message>
        <source>it is compressed as 12-bit JPEG (JPEG Extended), which desk cannot decode</source>
        <translation>il est compressé en JPEG 12 bits (JPEG Extended), que desk ne sait pas décoder</translation>
    </message>
    <message>
        <source>its header gives the image no size</source>
        <translation>son en-tête ne donne aucune taille à l’image</translation>
    </message>
    <message>
        <source>it is too large to show ({columns} × {rows} pixels)</source>
        <translation>elle est trop grande pour être affichée ({columns} × {rows} pixels)</translation>
    </message>
    <message>
        <source>its pixel data is shorter than the image (the file is cut short)</source>
        <translation>ses données de pixels sont plus courtes que l’image (le fichier est tronqué)</translation>
    </message>
    <message>
        <source>it claims {frames} frames but holds {held}</source>
        <translation>il annonce {frames} images mais n’en contient que {held}</translation>
    </message>
    <message>
        <source>its compressed data holds a larger image ({columns} × {rows} pixels) than its header says</source>
        <translation>ses données compressées contiennent une image plus grande ({columns} × {rows} pixels) que ne l’indique son en-tête</translation>
    </message>
    <message>
        <source>it is a link to a file outside the chosen folder, so it was not opened</source>
        <translation>c’est un lien vers un fichier hors du dossier choisi, il n’a donc pas été ouvert</translation>
    </message>
    <message>
        <source>it is larger than 1 GB, more than an image desk can keep</source>
        <translation>il dépasse 1 Go, plus qu’une image que desk peut garder</translation>
    </message>
    <message>
        <source>it could not be read from the disc</source>
        <translation>il n’a pas pu être lu sur le disque</translation>
    </message>
    <message>
        <source>it is too large to read on this computer</source>
        <translation>il est trop grand pour être lu sur cet ordinateur</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read as a DICOM file</source>
        <translation>il est endommagé et ne peut pas être lu comme fichier DICOM</translation>
    </message>
    <message>
        <source>it is damaged: its header nests sequences too deeply to read</source>
        <translation>il est endommagé&#xa0;: son en-tête imbrique des séquences trop profondément pour être lu</translation>
    </message>
    <message>
        <source>another image on the disc has the same image ID (SOP Instance UID); only the first was kept</source>
        <translation>une autre image du disque a le même identifiant d’image (SOP Instance UID)&#xa0;; seule la première a été gardée</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Large text</source>
        <translation>Grands caractères</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Large text, high contrast and your language</source>
        <translation>Grands caractères, contraste élevé et votre langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>This computer&apos;s default</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <source>None of these is the patient: register a new record</source>
        <translation>Aucun de ces dossiers n’est le patient&#xa0;: créer un nouveau dossier</translation>
    </message>
    <message>
        <source>Is this one of these patients?</source>
        <translation>S’agit-il de l’un de ces patients&#xa0;?</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>né(e) le {date}</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>sans date de naissance</translation>
    </message>
    <message>
        <source>{name}, {born}: {reasons}</source>
        <translation>{name}, {born}&#xa0;: {reasons}</translation>
    </message>
    <message>
        <source>Open this patient</source>
        <translation>Ouvrir ce dossier</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
</context>
<context>
    <name>FormDates</name>
    <message>
        <source>DMYHM</source>
        <comment>day month year hour minute</comment>
        <translation>JMAHM</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>its JSON is nested more than {depth} levels deep</source>
        <translation>son JSON est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>holds NaN or Infinity, which is not a number JSON allows</source>
        <translation>contient NaN ou Infinity, qui ne sont pas des nombres admis en JSON</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>élément {number}</translation>
    </message>
    <message>
        <source>item {number} under {parent!r}</source>
        <translation>élément {number} sous {parent!r}</translation>
    </message>
    <message>
        <source>{place} has no linkId</source>
        <translation>{place} n’a pas de linkId</translation>
    </message>
    <message>
        <source>{place} has a linkId that is not text</source>
        <translation>{place} a un linkId qui n’est pas un texte</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list</source>
        <translation>&apos;{key}&apos; doit être une liste</translation>
    </message>
    <message>
        <source>has an extension without a url</source>
        <translation>a une extension sans url</translation>
    </message>
    <message>
        <source>extension {url} has an &apos;extension&apos; that is not a list</source>
        <translation>l’extension {url} a un &apos;extension&apos; qui n’est pas une liste</translation>
    </message>
    <message>
        <source>an element has the wrong JSON type (for example a list where text or an object was expected)</source>
        <translation>une valeur n’a pas le bon type JSON (par exemple une liste là où un texte ou un objet était attendu)</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>n’est pas une date valide</translation>
    </message>
    <message>
        <source>is not a valid datetime</source>
        <translation>n’est pas une date et heure valide</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>n’est pas une heure valide</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>n’est pas un nombre</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n’est pas un texte</translation>
    </message>
    <message>
        <source>{key} is not an answer type</source>
        <translation>{key} n’est pas un type de réponse</translation>
    </message>
    <message>
        <source>an {type} item</source>
        <translation>un élément de type {type}</translation>
    </message>
    <message>
        <source>a {type} item</source>
        <translation>un élément de type {type}</translation>
    </message>
    <message>
        <source>is not an {type}</source>
        <translation>n’est pas un {type}</translation>
    </message>
    <message>
        <source>is not a {type}</source>
        <translation>n’est pas un {type}</translation>
    </message>
    <message>
        <source>{problem} (unknown element {name!r})</source>
        <translation>{problem} (élément inconnu {name!r})</translation>
    </message>
    <message>
        <source>has an invalid {name}</source>
        <translation>a un {name} non valide</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>the form {not_a_number}</source>
        <translation>le formulaire {not_a_number}</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}</source>
        <translation>JSON non valide à la ligne {line}</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <translation>est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>resourceType is {found!r}, expected &apos;Questionnaire&apos;</source>
        <translation>resourceType vaut {found!r}, &apos;Questionnaire&apos; attendu</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text</source>
        <translation>&apos;{key}&apos; doit être un texte</translation>
    </message>
    <message>
        <source>status {status!r} is not a Questionnaire status</source>
        <translation>le statut {status!r} n’est pas un statut de Questionnaire</translation>
    </message>
    <message>
        <source>&apos;item&apos; must be a list</source>
        <translation>&apos;item&apos; doit être une liste</translation>
    </message>
    <message>
        <source>has an item that is not a JSON object</source>
        <translation>contient un élément qui n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>has an item without a linkId</source>
        <translation>contient un élément sans linkId</translation>
    </message>
    <message>
        <source>linkId is used by more than one item</source>
        <translation>ce linkId est utilisé par plusieurs éléments</translation>
    </message>
    <message>
        <source>type {kind!r} is not one of the 16 FHIR R4 item types</source>
        <translation>le type {kind!r} n’est pas l’un des 16 types d’élément de FHIR R4</translation>
    </message>
    <message>
        <source>a display item cannot be required or repeat</source>
        <translation>un élément display ne peut être ni obligatoire ni répété</translation>
    </message>
    <message>
        <source>a display item cannot contain other items</source>
        <translation>un élément display ne peut pas contenir d’autres éléments</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>&apos;{key}&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>has both enableWhen and enableWhenExpression</source>
        <translation>a à la fois enableWhen et enableWhenExpression</translation>
    </message>
    <message>
        <source>{item} cannot have a calculated or initial value</source>
        <translation>{item} ne peut pas avoir de valeur calculée ou initiale</translation>
    </message>
    <message>
        <source>an expression extension has no expression text</source>
        <translation>une extension d’expression n’a pas de texte d’expression</translation>
    </message>
    <message>
        <source>an expression has a language or name that is not text</source>
        <translation>une expression a un langage ou un nom qui n’est pas un texte</translation>
    </message>
    <message>
        <source>a variable has no name</source>
        <translation>une variable n’a pas de nom</translation>
    </message>
    <message>
        <source>expression language {language} is ignored</source>
        <translation>le langage d’expression {language} est ignoré</translation>
    </message>
    <message>
        <source>expression {expression!r} calls {names}, which desk does not know: it will stay empty</source>
        <translation>l’expression {expression!r} appelle {names}, que desk ne connaît pas&#xa0;: elle restera vide</translation>
    </message>
    <message>
        <source>enableWhen refers to unknown item {question!r}</source>
        <translation>enableWhen renvoie à un élément inconnu, {question!r}</translation>
    </message>
    <message>
        <source>enableWhen &apos;exists&apos; needs answerBoolean</source>
        <translation>enableWhen &apos;exists&apos; demande answerBoolean</translation>
    </message>
    <message>
        <source>enableWhen refers to {question!r}, {item}</source>
        <translation>enableWhen renvoie à {question!r}, {item}</translation>
    </message>
    <message>
        <source>enableWhen {key} cannot be compared with {question!r}, {item}</source>
        <translation>enableWhen {key} ne peut pas être comparé à {question!r}, {item}</translation>
    </message>
    <message>
        <source>operator {operator} cannot compare {key}</source>
        <translation>l’opérateur {operator} ne peut pas comparer {key}</translation>
    </message>
    <message>
        <source>enableWhen conditions form a cycle: {cycle} (each is decided from the others&apos; state before the last answer)</source>
        <translation>les conditions enableWhen forment un cycle&#xa0;: {cycle} (chacune est décidée d’après l’état des autres avant la dernière réponse)</translation>
    </message>
    <message>
        <source>expression {expression!r} {error}</source>
        <translation>l’expression {expression!r} {error}</translation>
    </message>
    <message>
        <source>variable {name!r} {expression!r} {error}</source>
        <translation>la variable {name!r} {expression!r} {error}</translation>
    </message>
    <message>
        <source>item {item}: {problem}</source>
        <translation>élément {item}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problème inconnu</translation>
    </message>
    <message numerus="yes">
        <source>this form cannot be used: {problem} (and %n more)</source>
        <translation>
            <numerusform>ce formulaire ne peut pas être utilisé&#xa0;: {problem} (et %n autre problème)</numerusform>
            <numerusform>ce formulaire ne peut pas être utilisé&#xa0;: {problem} (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>this form cannot be used: {problem}</source>
        <translation>ce formulaire ne peut pas être utilisé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>does not parse ({error})</source>
        <translation>ne peut pas être analysée ({error})</translation>
    </message>
    <message>
        <source>unexpected text after column {column}</source>
        <translation>texte inattendu après la colonne {column}</translation>
    </message>
    <message>
        <source>does not parse: {details}</source>
        <translation>ne peut pas être analysée&#xa0;: {details}</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>dépasse {limit} caractères</translation>
    </message>
    <message>
        <source>is nested too deeply to be read</source>
        <translation>est trop imbriquée pour être lue</translation>
    </message>
    <message>
        <source>maxLength must be a positive whole number</source>
        <translation>maxLength doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>the regex extension is not a valid regular expression</source>
        <translation>l’extension regex n’est pas une expression régulière valide</translation>
    </message>
    <message>
        <source>{name} must be a whole number, 0 or more</source>
        <translation>{name} doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>{key} limit does not fit {item}</source>
        <translation>la limite {key} ne convient pas à {item}</translation>
    </message>
    <message>
        <source>{key} limit {problem}</source>
        <translation>la limite {key} {problem}</translation>
    </message>
    <message>
        <source>an answerOption valueCoding is not an object</source>
        <translation>un valueCoding d’answerOption n’est pas un objet</translation>
    </message>
    <message>
        <source>an answerOption has no value</source>
        <translation>un answerOption n’a pas de valeur</translation>
    </message>
    <message>
        <source>answerOption {key} does not fit {item}</source>
        <translation>answerOption {key} ne convient pas à {item}</translation>
    </message>
    <message>
        <source>answerOption {key} {problem}</source>
        <translation>answerOption {key} {problem}</translation>
    </message>
    <message>
        <source>has both answerOption and answerValueSet</source>
        <translation>a à la fois answerOption et answerValueSet</translation>
    </message>
    <message>
        <source>answerValueSet {value_set} names no contained ValueSet</source>
        <translation>answerValueSet {value_set} ne désigne aucun ValueSet contenu</translation>
    </message>
    <message>
        <source>{value_set} has a coding that {problem}</source>
        <translation>{value_set} a un coding qui {problem}</translation>
    </message>
    <message>
        <source>initial value {key} does not fit {item}</source>
        <translation>la valeur initiale {key} ne convient pas à {item}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>initial {key} {problem}</source>
        <translation>la valeur initiale {key} {problem}</translation>
    </message>
    <message>
        <source>has several initial values but does not repeat</source>
        <translation>a plusieurs valeurs initiales mais ne se répète pas</translation>
    </message>
    <message>
        <source>{item} cannot have an initial value</source>
        <translation>{item} ne peut pas avoir de valeur initiale</translation>
    </message>
    <message>
        <source>an enableWhen is not an object</source>
        <translation>un enableWhen n’est pas un objet</translation>
    </message>
    <message>
        <source>enableWhen operator {operator!r} is unknown</source>
        <translation>l’opérateur enableWhen {operator!r} est inconnu</translation>
    </message>
    <message>
        <source>an enableWhen has no answer value</source>
        <translation>un enableWhen n’a pas de valeur de réponse</translation>
    </message>
    <message>
        <source>enableWhen {key} {problem}</source>
        <translation>enableWhen {key} {problem}</translation>
    </message>
    <message>
        <source>enableBehavior {behavior!r} is neither &apos;all&apos; nor &apos;any&apos;</source>
        <translation>enableBehavior {behavior!r} n’est ni &apos;all&apos; ni &apos;any&apos;</translation>
    </message>
    <message>
        <source>has several enableWhen but no enableBehavior (all or any)</source>
        <translation>a plusieurs enableWhen mais pas d’enableBehavior (all ou any)</translation>
    </message>
</context>
<context>
    <name>FormPdf</name>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Page {n} sur {m}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>FormResponse</name>
    <message>
        <source>&apos;item&apos; must be a list</source>
        <translation>&apos;item&apos; doit être une liste</translation>
    </message>
    <message>
        <source>an item is not a JSON object</source>
        <translation>un élément n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>item {link_id!r} is not in this form at that place</source>
        <translation>l’élément {link_id!r} n’est pas à cet endroit de ce formulaire</translation>
    </message>
    <message>
        <source>item {link_id!r}: &apos;answer&apos; must be a list</source>
        <translation>élément {link_id!r}&#xa0;: « answer » doit être une liste</translation>
    </message>
    <message>
        <source>item {link_id!r} {why}</source>
        <translation>l’élément {link_id!r} {why}</translation>
    </message>
    <message>
        <source>has an answer that is not a JSON object</source>
        <translation>a une réponse qui n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>has an answer of the wrong type</source>
        <translation>a une réponse du mauvais type</translation>
    </message>
    <message>
        <source>has an answer that is not valid: {key} {why}</source>
        <translation>a une réponse non valide&#xa0;: {key} {why}</translation>
    </message>
    <message>
        <source>resourceType must be QuestionnaireResponse</source>
        <translation>resourceType doit valoir QuestionnaireResponse</translation>
    </message>
    <message>
        <source>status {status!r} is not valid</source>
        <translation>le statut {status!r} n’est pas valide</translation>
    </message>
    <message>
        <source>authored is not a valid dateTime</source>
        <translation>authored n’est pas un dateTime valide</translation>
    </message>
    <message>
        <source>{key} is not a Reference</source>
        <translation>{key} n’est pas une Reference</translation>
    </message>
    <message>
        <source>item must be a list</source>
        <translation>item doit être une liste</translation>
    </message>
    <message>
        <source>an item has no linkId</source>
        <translation>un élément n’a pas de linkId</translation>
    </message>
    <message>
        <source>item {link_id}: not in the questionnaire</source>
        <translation>élément {link_id}&#xa0;: absent du questionnaire</translation>
    </message>
    <message>
        <source>item {link_id}: has both answers and child items (qrs-1)</source>
        <translation>élément {link_id}&#xa0;: a à la fois des réponses et des éléments enfants (qrs-1)</translation>
    </message>
    <message>
        <source>item {link_id}: has several answers but does not repeat</source>
        <translation>élément {link_id}&#xa0;: a plusieurs réponses mais n’est pas répétable</translation>
    </message>
    <message>
        <source>item {link_id}: {an_item} cannot have answers</source>
        <translation>élément {link_id}&#xa0;: {an_item} ne peut pas avoir de réponse</translation>
    </message>
    <message>
        <source>item {link_id}: required but has no answer</source>
        <translation>élément {link_id}&#xa0;: obligatoire mais sans réponse</translation>
    </message>
    <message>
        <source>item {link_id}: has neither answers nor child items</source>
        <translation>élément {link_id}&#xa0;: n’a ni réponse ni élément enfant</translation>
    </message>
    <message>
        <source>item {link_id}: an answer is not an object</source>
        <translation>élément {link_id}&#xa0;: une réponse n’est pas un objet</translation>
    </message>
    <message>
        <source>item {link_id}: an answer must hold exactly one value[x]</source>
        <translation>élément {link_id}&#xa0;: une réponse doit contenir exactement une valeur value[x]</translation>
    </message>
    <message>
        <source>item {link_id}: {key} {why}</source>
        <translation>élément {link_id}&#xa0;: {key} {why}</translation>
    </message>
    <message>
        <source>item {link_id}: {key} does not fit {an_item}</source>
        <translation>élément {link_id}&#xa0;: {key} ne convient pas à {an_item}</translation>
    </message>
    <message>
        <source>item {link_id}: the answer is not one of the item&apos;s options</source>
        <translation>élément {link_id}&#xa0;: la réponse ne fait pas partie des options de l’élément</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Sent to kiosk</source>
        <translation>Envoyé à la borne</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Rempli</translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n change(s) to review</source>
        <translation>
            <numerusform>{state} · %n modification à examiner</numerusform>
            <numerusform>{state} · %n modifications à examiner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>Please look at the answers marked on this page before going on.</source>
        <translation>Veuillez revoir les réponses signalées sur cette page avant de continuer.</translation>
    </message>
    <message>
        <source>Some answers are still needed.</source>
        <translation>Il manque encore des réponses.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Shows the form in another language</source>
        <translation>Affiche le formulaire dans une autre langue</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Makes the text of the form larger</source>
        <translation>Agrandit le texte du formulaire</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Goes to the page before</source>
        <translation>Revient à la page précédente</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Passe à la page suivante</translation>
    </message>
    <message>
        <source>Sends your answers</source>
        <translation>Envoie vos réponses</translation>
    </message>
    <message>
        <source>Summary of the answers</source>
        <translation>Résumé des réponses</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>FormWindow</name>
    <message>
        <source>Save form as PDF</source>
        <translation>Enregistrer le formulaire en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>For {name}</source>
        <translation>Pour {name}</translation>
    </message>
    <message>
        <source>Filled in — read only</source>
        <translation>Rempli — lecture seule</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Fermer (le brouillon est conservé)</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Enregistré sous {name}.</translation>
    </message>
</context>
<context>
    <name>FormsModel</name>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{state} (page {page})</source>
        <translation>{state} (page {page})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En salle</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>{modalities} · {series}, {images} · on this computer</source>
        <translation>{modalities} · {series}, {images} · sur cet ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n série</numerusform>
            <numerusform>%n séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Imaging study</source>
        <translation>Examen d’imagerie</translation>
    </message>
    <message>
        <source>{series} series, {images} images</source>
        <translation>{series} séries, {images} images</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Not on this computer, and the image archive (PACS) does not list them for this patient: import the patient&apos;s disc from the chart to view them.</source>
        <translation>Pas sur cet ordinateur, et l’archive d’images (PACS) ne les liste pas pour ce patient&#xa0;: importez le disque du patient depuis le dossier pour les voir.</translation>
    </message>
    <message>
        <source>Not on this computer: import the patient&apos;s disc from the chart to view them.</source>
        <translation>Pas sur cet ordinateur&#xa0;: importez le disque du patient depuis le dossier pour les voir.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Server record</source>
        <translation>Enregistrement du serveur</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Loading the image…</source>
        <translation>Chargement de l’image…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image {number} of {count}</source>
        <translation>Image {number} sur {count}</translation>
    </message>
    <message>
        <source>W {width}  L {center}</source>
        <translation>W {width}  L {center}</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ImageViewerDialog</name>
    <message>
        <source>Window preset</source>
        <translation>Fenêtre prédéfinie</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Play the series as a loop (Space)</source>
        <translation>Lire la série en boucle (Espace)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Drag on the image to measure a length (M); Esc clears it</source>
        <translation>Faites glisser sur l’image pour mesurer une longueur (M)&#xa0;; Échap l’efface</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Drag one arm to the vertex, then the other (A); Esc clears it</source>
        <translation>Tracez un côté jusqu’au sommet, puis l’autre (A)&#xa0;; Échap l’efface</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> im/s</translation>
    </message>
    <message>
        <source>Cine frames a second</source>
        <translation>Images par seconde du ciné</translation>
    </message>
    <message>
        <source>Image in the series</source>
        <translation>Image dans la série</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposition</translation>
    </message>
    <message>
        <source>The image&apos;s own overlay drawing (60xx), in white (O)</source>
        <translation>Le dessin superposé propre à l’image (60xx), en blanc (O)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the window (0 or double click)</source>
        <translation>Ajuster l’image à la fenêtre (0 ou double-clic)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel for each pixel of the image (1)</source>
        <translation>Un pixel de l’écran pour chaque pixel de l’image (1)</translation>
    </message>
    <message>
        <source>Reset window</source>
        <translation>Rétablir la fenêtre</translation>
    </message>
    <message>
        <source>The image&apos;s own window (R)</source>
        <translation>La fenêtre propre à l’image (R)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Balises…</translation>
    </message>
    <message>
        <source>Every field of this image&apos;s DICOM header</source>
        <translation>Tous les champs de l’en-tête DICOM de cette image</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wheel: page · Ctrl+wheel: zoom · drag: window · right drag: pan</source>
        <translation>Molette&#xa0;: page · Ctrl+molette&#xa0;: zoom · glisser&#xa0;: fenêtre · glisser clic droit&#xa0;: déplacer</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>As stored in the image</source>
        <translation>Telle qu’enregistrée dans l’image</translation>
    </message>
    <message>
        <source>{name} (W {width} L {center})</source>
        <translation>{name} (W {width} L {center})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Enregistrer en PNG</translation>
    </message>
    <message>
        <source>Save the view as it is shown, as a PNG image</source>
        <translation>Enregistrer la vue telle qu’elle s’affiche, en image PNG</translation>
    </message>
    <message>
        <source>With the corner text…</source>
        <translation>Avec le texte des coins…</translation>
    </message>
    <message>
        <source>The image alone…</source>
        <translation>L’image seule…</translation>
    </message>
    <message>
        <source>Save the view as a PNG</source>
        <translation>Enregistrer la vue en PNG</translation>
    </message>
    <message>
        <source>image.png</source>
        <translation>image.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved there: choose a folder you can write to.</source>
        <translation>L’image n’a pas pu être enregistrée à cet endroit&#xa0;: choisissez un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>ImportImagesDialog</name>
    <message>
        <source>Import images</source>
        <translation>Importer des images</translation>
    </message>
    <message>
        <source>Images for {name}</source>
        <translation>Images de {name}</translation>
    </message>
    <message>
        <source>These are {name}’s images</source>
        <translation>Ce sont bien les images de {name}</translation>
    </message>
    <message>
        <source>The name or birth date on the disc differs from this chart. Import only if you are sure.</source>
        <translation>Le nom ou la date de naissance du disque diffère de ce dossier. N’importez que si vous en êtes sûr.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The images name {name}, born {date} (ID {id}).</source>
        <translation>Les images nomment {name}, né(e) le {date} (ID {id}).</translation>
    </message>
    <message>
        <source>The images name {name}, born {date}.</source>
        <translation>Les images nomment {name}, né(e) le {date}.</translation>
    </message>
    <message>
        <source>The images name {name} (ID {id}).</source>
        <translation>Les images nomment {name} (ID {id}).</translation>
    </message>
    <message>
        <source>The images name {name}.</source>
        <translation>Les images nomment {name}.</translation>
    </message>
    <message>
        <source>No images were found there. Choose the disc itself or the folder that holds the DICOM files.</source>
        <translation>Aucune image n’a été trouvée ici. Choisissez le disque lui-même ou le dossier qui contient les fichiers DICOM.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n image(s)</source>
        <translation>
            <numerusform>%n image trouvée</numerusform>
            <numerusform>%n images trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n study(ies).</source>
        <translation>
            <numerusform>dans %n examen.</numerusform>
            <numerusform>dans %n examens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out:</source>
        <translation>
            <numerusform>%n fichier ne peut pas être importé et sera laissé de côté&#xa0;:</numerusform>
            <numerusform>%n fichiers ne peuvent pas être importés et seront laissés de côté&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>• {file}: {reason}.</source>
        <translation>• {file}&#xa0;: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s).</source>
        <translation>
            <numerusform>… et %n autre fichier.</numerusform>
            <numerusform>… et %n autres fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the disc or the folder with the images</source>
        <translation>Choisissez le disque ou le dossier des images</translation>
    </message>
</context>
<context>
    <name>IntakeStatus</name>
    <message>
        <source>Sent to kiosk</source>
        <translation>Envoyés à la borne</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>Remplis en partie</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Remplis</translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message>
        <source>A check-in code has 6 letters and numbers. Please check it and try again.</source>
        <translation>Un code d’accueil comporte 6 lettres et chiffres. Veuillez le vérifier et réessayer.</translation>
    </message>
    <message>
        <source>This check-in code is not known. Please check it and try again, or ask at the front desk.</source>
        <translation>Ce code d’accueil est inconnu. Veuillez le vérifier et réessayer, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>This check-in code was cancelled. Please ask at the front desk for a new one.</source>
        <translation>Ce code d’accueil a été annulé. Veuillez en demander un nouveau à l’accueil.</translation>
    </message>
    <message>
        <source>The forms for this check-in code are already completed. Thank you!</source>
        <translation>Les formulaires de ce code d’accueil sont déjà remplis. Merci !</translation>
    </message>
    <message>
        <source>This check-in code has expired. Please ask at the front desk for a new one.</source>
        <translation>Ce code d’accueil a expiré. Veuillez en demander un nouveau à l’accueil.</translation>
    </message>
    <message>
        <source>This check-in code is no longer valid for its appointment. Please ask at the front desk.</source>
        <translation>Ce code d’accueil n’est plus valable pour son rendez-vous. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not right. Please wait %n seconds, or ask at the front desk.</source>
        <translation>
            <numerusform>Trop de codes erronés. Veuillez patienter %n seconde, ou adressez-vous à l’accueil.</numerusform>
            <numerusform>Trop de codes erronés. Veuillez patienter %n secondes, ou adressez-vous à l’accueil.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find forms for you today. Please check what you typed, or ask at the front desk.</source>
        <translation>Nous n’avons pas trouvé de formulaires pour vous aujourd’hui. Veuillez vérifier ce que vous avez tapé, ou adressez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>These forms are no longer waiting for you. Please ask at the front desk.</source>
        <translation>Ces formulaires ne vous attendent plus. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>This form was changed at the clinic while you were filling it in, and your answers could not be kept. Please ask at the front desk.</source>
        <translation>Ce formulaire a été modifié par la clinique pendant que vous le remplissiez, et vos réponses n’ont pas pu être gardées. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>Your answers could not be kept. Please ask at the front desk.</source>
        <translation>Vos réponses n’ont pas pu être gardées. Veuillez vous adresser à l’accueil.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the front desk.</source>
        <translation>Un problème est survenu. Veuillez vous adresser à l’accueil.</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Staff only: type the kiosk PIN to leave the kiosk.</source>
        <translation>Réservé au personnel&#xa0;: tapez le code PIN de la borne pour la quitter.</translation>
    </message>
    <message>
        <source>No kiosk PIN is set. An administrator sets it with &apos;desk kiosk-pin&apos;; until then the kiosk cannot be left from here.</source>
        <translation>Aucun code PIN n’est défini pour la borne. Un administrateur le définit avec «&#xa0;desk kiosk-pin&#xa0;»&#xa0;; d’ici là, on ne peut pas quitter la borne depuis cet écran.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>The staff PIN, 4 to 8 digits</source>
        <translation>Le code PIN du personnel, de 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Check the PIN and leave</source>
        <translation>Vérifie le code PIN et quitte la borne</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Close this and stay in the kiosk</source>
        <translation>Ferme cette fenêtre et reste sur la borne</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN n’est pas le bon.</translation>
    </message>
</context>
<context>
    <name>KioskWelcomeWidget</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Type the code printed on your check-in slip.</source>
        <translation>Tapez le code imprimé sur votre ticket d’accueil.</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Code d’accueil</translation>
    </message>
    <message>
        <source>For example KT4 7XA</source>
        <translation>Par exemple KT4 7XA</translation>
    </message>
    <message>
        <source>Open my forms</source>
        <translation>Ouvrir mes formulaires</translation>
    </message>
    <message>
        <source>No slip? Type your name and date of birth.</source>
        <translation>Pas de ticket&#xa0;? Tapez votre nom et votre date de naissance.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/JJ/AAAA</translation>
    </message>
    <message>
        <source>Find my forms</source>
        <translation>Trouver mes formulaires</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Please type your family name and your given name.</source>
        <translation>Veuillez taper votre nom de famille et votre prénom.</translation>
    </message>
    <message>
        <source>Please type your date of birth, for example 17/05/1980.</source>
        <translation>Veuillez taper votre date de naissance, par exemple 17/05/1980.</translation>
    </message>
    <message>
        <source>Please type your date of birth, for example 05/17/1980.</source>
        <translation>Veuillez taper votre date de naissance, par exemple 05/17/1980.</translation>
    </message>
</context>
<context>
    <name>KioskWidget</name>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
    <message>
        <source>Your answers are with the front desk. Please take a seat; we will call you.</source>
        <translation>Vos réponses sont arrivées à l’accueil. Veuillez vous asseoir&#xa0;; nous allons vous appeler.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Retour à l’écran d’accueil</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Keep the form open</source>
        <translation>Garder le formulaire ouvert</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Pour le personnel</translation>
    </message>
    <message>
        <source>Staff only: leave the kiosk with the PIN</source>
        <translation>Réservé au personnel&#xa0;: quitter la borne avec le code PIN</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? This screen will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Êtes-vous toujours là&#xa0;? Cet écran sera effacé dans %n seconde.</numerusform>
            <numerusform>Êtes-vous toujours là&#xa0;? Cet écran sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Patient label</source>
        <translation>Étiquette patient</translation>
    </message>
    <message>
        <source>Patient wristband</source>
        <translation>Bracelet patient</translation>
    </message>
    <message>
        <source>DOB unknown</source>
        <translation>Naissance inconnue</translation>
    </message>
    <message>
        <source>DOB {date}</source>
        <translation>Naissance {date}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>Sex {sex}</source>
        <translation>Sexe {sex}</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>Dossier {mrn}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>desk — {clinic} (demo)</source>
        <translation>desk — {clinic} (démo)</translation>
    </message>
    <message>
        <source>desk — {clinic}</source>
        <translation>desk — {clinic}</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l’espace de travail…</translation>
    </message>
    <message>
        <source>{folder}  ·  demo</source>
        <translation>{folder}  ·  démo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>{screen} ({shortcut})</source>
        <translation>{screen} ({shortcut})</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the screen ({shortcut})</source>
        <translation>Verrouiller l’écran ({shortcut})</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Session&#xa0;: {name} ({role})</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Kiosk forms</source>
        <translation>Formulaires de la borne</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entrées de l’historique</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Merge patient records</source>
        <translation>Fusionner des dossiers patient</translation>
    </message>
    <message>
        <source>Check that both records are the same person. Everything from the record you do not keep (appointments, kiosk forms, files and history) moves to the one you keep; the other record stays, marked as merged.</source>
        <translation>Vérifiez que les deux dossiers concernent la même personne. Tout ce que contient le dossier que vous ne gardez pas (rendez-vous, formulaires de la borne, fichiers et historique) passe dans celui que vous gardez&#xa0;; l’autre dossier reste, marqué comme fusionné.</translation>
    </message>
    <message>
        <source>The two records</source>
        <translation>Les deux dossiers</translation>
    </message>
    <message>
        <source>I have checked: these two records are the same person.</source>
        <translation>J’ai vérifié&#xa0;: ces deux dossiers concernent la même personne.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionner les dossiers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Garder ce dossier</translation>
    </message>
    <message>
        <source>Keep {name} {mrn}</source>
        <translation>Garder {name} {mrn}</translation>
    </message>
    <message>
        <source>Copy to the kept record</source>
        <translation>Copier dans le dossier gardé</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copier&#xa0;: {field}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing already saved was lost. If it happens again, tell IT (details are in the log).</source>
        <translation>Un problème est survenu et l’action n’a pas été effectuée. Rien de ce qui était déjà enregistré n’a été perdu. Si cela se reproduit, prévenez le service informatique (les détails sont dans le journal).</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>PacsQueueSection</name>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Images on their way to the image archive</source>
        <translation>Images en cours d’envoi vers l’archive d’images</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Images for the image archive (PACS)</source>
        <translation>Images pour l’archive d’images (PACS)</translation>
    </message>
    <message>
        <source>None: every study sent is on the image archive.</source>
        <translation>Aucune&#xa0;: toutes les études envoyées sont sur l’archive d’images.</translation>
    </message>
    <message>
        <source>These studies from patients&apos; discs go to the image archive in the background; one waits while the archive cannot be reached. Retry a refused one once its problem is fixed.</source>
        <translation>Ces études issues des disques des patients partent vers l’archive d’images en arrière-plan&#xa0;; chacune attend tant que l’archive est injoignable. Relancez une étude refusée une fois son problème réglé.</translation>
    </message>
</context>
<context>
    <name>PacsStudiesPanel</name>
    <message>
        <source>Studies on the image archive</source>
        <translation>Études sur l’archive d’images</translation>
    </message>
    <message>
        <source>Image archive message</source>
        <translation>Message de l’archive d’images</translation>
    </message>
    <message>
        <source>Retrieve progress</source>
        <translation>Progression de la récupération</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Looking for this patient&apos;s studies on the image archive…</source>
        <translation>Recherche des études de ce patient sur l’archive d’images…</translation>
    </message>
    <message>
        <source>The image archive holds no studies of this patient.</source>
        <translation>L’archive d’images ne contient aucune étude de ce patient.</translation>
    </message>
    <message>
        <source>Retrieving the study from the image archive…</source>
        <translation>Récupération de l’étude depuis l’archive d’images…</translation>
    </message>
    <message>
        <source>Retrieved; it opens from this computer from now on.</source>
        <translation>Récupérée&#xa0;; elle s’ouvre désormais depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Stopping the retrieve…</source>
        <translation>Arrêt de la récupération…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>Phrase secrète de l’espace de travail</translation>
    </message>
    <message>
        <source>This computer has no usable key store. Choose a passphrase that protects the workspace; it is asked each time desk starts.</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés utilisable. Choisissez une phrase secrète qui protège l’espace de travail&#xa0;; elle sera demandée à chaque démarrage de desk.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase to open it.</source>
        <translation>Saisissez la phrase secrète de l’espace de travail pour l’ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %n character(s).</source>
        <translation>
            <numerusform>Elle doit comporter au moins %n caractère.</numerusform>
            <numerusform>Elle doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>Name</source>
        <translation>Nom complet</translation>
    </message>
</context>
<context>
    <name>PatientChartWidget</name>
    <message>
        <source>Opening the chart…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <source>← Search</source>
        <translation>← Recherche</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>Retour à la recherche (Échap)</translation>
    </message>
    <message>
        <source>Add as walk-in today</source>
        <translation>Ajouter aujourd’hui sans rendez-vous</translation>
    </message>
    <message>
        <source>Import images…</source>
        <translation>Importer des images…</translation>
    </message>
    <message>
        <source>Read the images on a patient&apos;s disc or USB stick into this chart</source>
        <translation>Lire dans ce dossier les images du CD ou de la clé USB du patient</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Imprimer l’étiquette</translation>
    </message>
    <message>
        <source>Print wristband</source>
        <translation>Imprimer le bracelet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>On the image archive (PACS)</source>
        <translation>Sur l’archive d’images (PACS)</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Send to the image archive…</source>
        <translation>Envoyer à l’archive d’images…</translation>
    </message>
    <message>
        <source>Send the selected study of images from a disc to the clinic&apos;s image archive (PACS)</source>
        <translation>Envoyer l’étude d’images sélectionnée, lue sur un disque, à l’archive d’images de la clinique (PACS)</translation>
    </message>
    <message>
        <source>The images go to the image archive in the background; the Sync screen shows them until they are there.</source>
        <translation>Les images partent vers l’archive d’images en arrière-plan&#xa0;; l’écran Synchronisation les affiche jusqu’à leur arrivée.</translation>
    </message>
    <message>
        <source>These images are on their way to the image archive already, or there.</source>
        <translation>Ces images sont déjà en route vers l’archive d’images, ou déjà arrivées.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Modifier les informations</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message numerus="yes">
        <source>born {date} (%n years)</source>
        <translation>
            <numerusform>né(e) le {date} (%n an)</numerusform>
            <numerusform>né(e) le {date} (%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>date de naissance non renseignée</translation>
    </message>
    <message>
        <source>MRN {mrn}  ·  {born}  ·  {sex}</source>
        <translation>IPP {mrn}  ·  {born}  ·  {sex}</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>Allergies&#xa0;: {allergies}</translation>
    </message>
    <message>
        <source>Check in ({time})</source>
        <translation>Enregistrer l’arrivée ({time})</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>Arrivée enregistrée à {time}</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Informations enregistrées.</translation>
    </message>
    <message>
        <source>Added to today&apos;s board as a walk-in.</source>
        <translation>Ajouté au tableau du jour, sans rendez-vous.</translation>
    </message>
    <message>
        <source>Checked in for the {time} appointment.</source>
        <translation>Arrivée enregistrée pour le rendez-vous de {time}.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Lecture du disque…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n images.</source>
        <translation>
            <numerusform>%n image importée.</numerusform>
            <numerusform>%n images importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those images were already in the chart.</source>
        <translation>Ces images étaient déjà dans le dossier.</translation>
    </message>
    <message>
        <source>{name} · MRN {mrn}</source>
        <translation>{name} · IPP {mrn}</translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Région ou État</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N° de dossier</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>{label} *</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>Not a birth date desk can read</source>
        <translation>Date de naissance que desk ne sait pas lire</translation>
    </message>
    <message numerus="yes">
        <source>{date} · %n years</source>
        <translation>
            <numerusform>{date} · %n an</numerusform>
            <numerusform>{date} · %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}” is not a birth date desk can read. Type it as {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date de naissance que desk sait lire. Saisissez-la sous la forme {example}.</translation>
    </message>
</context>
<context>
    <name>PatientFormsDialog</name>
    <message>
        <source>Forms — {name}</source>
        <translation>Formulaires — {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Forms for {name}</source>
        <translation>Formulaires de {name}</translation>
    </message>
</context>
<context>
    <name>PatientFormsWidget</name>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Start a form…</source>
        <translation>Commencer un formulaire…</translation>
    </message>
    <message>
        <source>Fill in a form here, with the patient or for them</source>
        <translation>Remplir un formulaire ici, avec le patient ou à sa place</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Examiner les modifications…</translation>
    </message>
    <message>
        <source>Accept or decline, field by field, what the patient changed in their details</source>
        <translation>Accepter ou refuser, champ par champ, ce que le patient a modifié dans ses coordonnées</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>{title}: filled in.</source>
        <translation>{title}&#xa0;: rempli.</translation>
    </message>
    <message>
        <source>Details reviewed: {n} saved.</source>
        <translation>Coordonnées examinées&#xa0;; modifications enregistrées&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Enregistré sous {name}.</translation>
    </message>
</context>
<context>
    <name>PatientSearchWidget</name>
    <message>
        <source>Name, birth date, phone number or MRN</source>
        <translation>Nom, date de naissance, téléphone ou n° de dossier</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Tapez pour rechercher.</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nouveau patient…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Inscrire un nouveau patient (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add as walk-in</source>
        <translation>Ajouter sans rendez-vous</translation>
    </message>
    <message>
        <source>Merge records…</source>
        <translation>Fusionner les dossiers…</translation>
    </message>
    <message>
        <source>Select the two records of one person (Ctrl+click), then merge them</source>
        <translation>Sélectionnez les deux dossiers d’une même personne (Ctrl+clic), puis fusionnez-les</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>No patient matches. Check the spelling, or register a new patient (Ctrl+N).</source>
        <translation>Aucun patient ne correspond. Vérifiez l’orthographe, ou inscrivez un nouveau patient (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n found (best %n shown)</source>
        <translation>
            <numerusform>%n trouvé (les %n meilleurs affichés)</numerusform>
            <numerusform>%n trouvés (les %n meilleurs affichés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Add as walk-in today</source>
        <translation>Ajouter aujourd’hui sans rendez-vous</translation>
    </message>
    <message>
        <source>{name} was added to today&apos;s board as a walk-in.</source>
        <translation>{name} a été ajouté au tableau du jour, sans rendez-vous.</translation>
    </message>
    <message>
        <source>The patient was added to today&apos;s board as a walk-in.</source>
        <translation>Le patient a été ajouté au tableau du jour, sans rendez-vous.</translation>
    </message>
</context>
<context>
    <name>PdfViewDialog</name>
    <message>
        <source>This document is damaged and cannot be shown.</source>
        <translation>Ce document est endommagé et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>AVC</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation>Fenêtre {number}</translation>
    </message>
    <message>
        <source>VOI LUT {number}</source>
        <translation>VOI LUT {number}</translation>
    </message>
</context>
<context>
    <name>PrintLabel</name>
    <message>
        <source>Patient label</source>
        <translation>Étiquette patient</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>Bracelet</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Imprimer l’étiquette</translation>
    </message>
    <message>
        <source>Print wristband</source>
        <translation>Imprimer le bracelet</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printout could not be prepared.</source>
        <translation>L’impression n’a pas pu être préparée.</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Imprimer&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is connected and try again.</source>
        <translation>Impossible d’ouvrir l’imprimante. Vérifiez qu’elle est branchée et réessayez.</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Changes to {name}&apos;s details</source>
        <translation>Modifications des coordonnées de {name}</translation>
    </message>
    <message>
        <source>The patient answered these differently from the record. Tick the changes to save; the others are declined and the record keeps what it has.</source>
        <translation>Le patient a répondu autrement que ce qui figure au dossier. Cochez les modifications à enregistrer&#xa0;; les autres sont refusées et le dossier garde ce qu’il contient.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>{label}: {was} → {now}</source>
        <translation>{label}&#xa0;: {was} → {now}</translation>
    </message>
    <message>
        <source>Save ticked, decline the rest</source>
        <translation>Enregistrer la sélection, refuser le reste</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Waiting: {error}</source>
        <translation>En attente&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Refused: {error}</source>
        <translation>Refusée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Waiting (not tried yet)</source>
        <translation>En attente (pas encore essayée)</translation>
    </message>
    <message>
        <source>Refused (not tried yet)</source>
        <translation>Refusée (pas encore essayée)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Actions for this row</source>
        <translation>Actions pour cette ligne</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation>Enregistrer le patient</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A possible match was found just now. Check the list below before saving.</source>
        <translation>Un doublon possible vient d’être trouvé. Vérifiez la liste ci-dessous avant d’enregistrer.</translation>
    </message>
</context>
<context>
    <name>RetryButton</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry {row}</source>
        <translation>Réessayer {row}</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>année de naissance</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields a result matched on</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>SendFormsDialog</name>
    <message>
        <source>From the clinic&apos;s server</source>
        <translation>Du serveur de la clinique</translation>
    </message>
    <message>
        <source>Desk&apos;s forms</source>
        <translation>Formulaires de desk</translation>
    </message>
    <message>
        <source>Send forms to kiosk</source>
        <translation>Envoyer des formulaires à la borne</translation>
    </message>
    <message>
        <source>Forms for {name} to fill in at the kiosk. The patient gets a check-in code to type there.</source>
        <translation>Formulaires que {name} remplira à la borne. Le patient reçoit un code d’arrivée à y saisir.</translation>
    </message>
    <message>
        <source>Language of the forms</source>
        <translation>Langue des formulaires</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Send to kiosk</source>
        <translation>Envoyer à la borne</translation>
    </message>
    <message>
        <source>Forms to send</source>
        <translation>Formulaires à envoyer</translation>
    </message>
    <message>
        <source>{title}, from the clinic&apos;s server</source>
        <translation>{title}, du serveur de la clinique</translation>
    </message>
    <message>
        <source>This form comes from the clinic&apos;s server.</source>
        <translation>Ce formulaire vient du serveur de la clinique.</translation>
    </message>
    <message>
        <source>Choose at least one form to send.</source>
        <translation>Choisissez au moins un formulaire à envoyer.</translation>
    </message>
</context>
<context>
    <name>SendImagesDialog</name>
    <message>
        <source>Send to the image archive</source>
        <translation>Envoyer à l’archive d’images</translation>
    </message>
    <message>
        <source>Send “{study}”</source>
        <translation>Envoyer «&#xa0;{study}&#xa0;»</translation>
    </message>
    <message>
        <source>The images go to the clinic&apos;s image archive (PACS), filed under {name}, record number {mrn}. They go in the background, and wait on this computer while the archive cannot be reached; the Sync screen shows them until they are there.</source>
        <translation>Les images partent vers l’archive d’images de la clinique (PACS), classées au nom de {name}, numéro de dossier {mrn}. Elles partent en arrière-plan et attendent sur cet ordinateur tant que l’archive est injoignable&#xa0;; l’écran Synchronisation les affiche jusqu’à leur arrivée.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(pas encore attribué)</translation>
    </message>
    <message>
        <source>These are {name}&apos;s images</source>
        <translation>Ce sont les images de {name}</translation>
    </message>
    <message>
        <source>Check the name and birth date on the images first: once in the archive, everyone at the clinic sees them in this patient&apos;s record.</source>
        <translation>Vérifiez d’abord le nom et la date de naissance sur les images&#xa0;: une fois dans l’archive, tout le personnel de la clinique les voit dans le dossier de ce patient.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Series {number}</source>
        <translation>Série {number}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>access token</source>
        <translation>jeton d’accès</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secret client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Se connecter au serveur</translation>
    </message>
    <message>
        <source>The clinic server at {url} no longer accepts desk&apos;s sign-in, so changes wait on this computer. Enter the new {credential} from IT; it is kept in this computer&apos;s key store.</source>
        <translation>Le serveur de la clinique ({url}) n’accepte plus la connexion de desk&#xa0;: les modifications attendent sur cet ordinateur. Saisissez le nouveau {credential} fourni par le service informatique&#xa0;; il est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter the {credential}.</source>
        <translation>Saisissez le {credential}.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>TOML non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>version must be a whole number up to {version} (this desk&apos;s settings version)</source>
        <translation>version doit être un nombre entier jusqu’à {version} (la version des réglages de ce desk)</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} {problem}, not {value}</source>
        <translation>{name} {problem}, et non {value}</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {found} (write it without quotes)</source>
        <translation>{name} doit être {kind}, et non {found} (écrivez-le sans guillemets)</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {found} (put it in quotes)</source>
        <translation>{name} doit être {kind}, et non {found} (mettez-le entre guillemets)</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {found}</source>
        <translation>{name} doit être {kind}, et non {found}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>une date ou une heure</translation>
    </message>
    <message>
        <source>{name} is a section: write [{name}] and its settings on the lines below it</source>
        <translation>{name} est une section&#xa0;: écrivez [{name}] puis ses réglages sur les lignes suivantes</translation>
    </message>
    <message>
        <source>{name} is not a desk setting; did you mean {meant}?</source>
        <translation>{name} n’est pas un réglage de desk&#xa0;; vouliez-vous dire {meant}&#xa0;?</translation>
    </message>
    <message>
        <source>{name} is not a desk setting (desk config show lists them all)</source>
        <translation>{name} n’est pas un réglage de desk (desk config show les liste tous)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>l’une des valeurs {choices}</translation>
    </message>
    <message>
        <source>{one} and {other}</source>
        <translation>{one} et {other}</translation>
    </message>
    <message>
        <source>more than {number}</source>
        <translation>supérieur à {number}</translation>
    </message>
    <message>
        <source>at least {number}</source>
        <translation>au moins {number}</translation>
    </message>
    <message>
        <source>at most {number}</source>
        <translation>au plus {number}</translation>
    </message>
    <message>
        <source>an http:// or https:// address</source>
        <translation>une adresse http:// ou https://</translation>
    </message>
    <message>
        <source>set it with `{command}`</source>
        <translation>à définir avec `{command}`</translation>
    </message>
    <message>
        <source>must be {allowed}</source>
        <translation>doit être {allowed}</translation>
    </message>
    <message>
        <source>must be an address starting with https:// (or http://)</source>
        <translation>doit être une adresse commençant par https:// (ou http://)</translation>
    </message>
    <message>
        <source>must be the hash that `{command}` writes, never the PIN itself</source>
        <translation>doit être l’empreinte qu’écrit `{command}`, jamais le code PIN lui-même</translation>
    </message>
    <message>
        <source>its lists or tables are nested too deeply</source>
        <translation>ses listes ou tables sont imbriquées trop profondément</translation>
    </message>
</context>
<context>
    <name>SetupWidget</name>
    <message>
        <source>Welcome to desk</source>
        <translation>Bienvenue dans desk</translation>
    </message>
    <message>
        <source>Create the first administrator of this workspace. Administrators add the other staff accounts.</source>
        <translation>Créez le premier administrateur de cet espace de travail. Les administrateurs ajoutent les comptes des autres membres du personnel.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Créer l’administrateur</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Se connecter sous un autre nom</translation>
    </message>
    <message>
        <source>Demo workspace: sign in as &lt;b&gt;admin&lt;/b&gt; or &lt;b&gt;reception&lt;/b&gt;, password &lt;b&gt;demo1234&lt;/b&gt;.</source>
        <translation>Espace de démonstration&#xa0;: connectez-vous en tant que &lt;b&gt;admin&lt;/b&gt; ou &lt;b&gt;reception&lt;/b&gt;, mot de passe &lt;b&gt;demo1234&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Ouverture de l’espace de travail…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Impossible d’ouvrir l’espace de travail</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to the front desk.</source>
        <translation>Connectez-vous à l’accueil.</translation>
    </message>
    <message>
        <source>Locked after a period without use. {name}, enter your password to carry on where you left off.</source>
        <translation>Verrouillé après une période d’inactivité. {name}, saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your check-in code</source>
        <translation>Votre code d’enregistrement</translation>
    </message>
    <message>
        <source>Type this code at the kiosk in the waiting room. Valid today only.</source>
        <translation>Saisissez ce code sur la borne de la salle d’attente. Valable aujourd’hui seulement.</translation>
    </message>
    <message>
        <source>Appointment: {when}</source>
        <translation>Rendez-vous&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Forms to fill in:</source>
        <translation>Formulaires à remplir&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>front desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>borne</translation>
    </message>
</context>
<context>
    <name>StaffWidget</name>
    <message>
        <source>This computer&apos;s default</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Débloquer le compte</translation>
    </message>
    <message>
        <source>The chosen account&apos;s language</source>
        <translation>Langue du compte choisi</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Changer la langue</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Premier mot de passe</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Ajouter le membre du personnel</translation>
    </message>
    <message>
        <source>{name} can now sign in as {username}.</source>
        <translation>{name} peut maintenant se connecter sous le nom {username}.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Choisissez d’abord un compte.</translation>
    </message>
    <message>
        <source>{name}&apos;s screens will be in this computer&apos;s language from their next sign-in.</source>
        <translation>Les écrans de {name} seront dans la langue de cet ordinateur dès sa prochaine connexion.</translation>
    </message>
    <message>
        <source>{name}&apos;s screens will be in {language} from their next sign-in.</source>
        <translation>Les écrans de {name} seront en {language} dès sa prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>StartFormDialog</name>
    <message>
        <source>Start a form at the desk</source>
        <translation>Commencer un formulaire à l’accueil</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
<context>
    <name>StudiesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the PACS</source>
        <translation>Sur le PACS</translation>
    </message>
</context>
<context>
    <name>SyncIssuesWidget</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Arrivé à</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Pourquoi le serveur l’a refusé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>another patient</source>
        <translation>un autre patient</translation>
    </message>
    <message>
        <source>{sentence} The server said: {details}</source>
        <translation>{sentence} Réponse du serveur&#xa0;: {details}</translation>
    </message>
    <message>
        <source>Patient {name} · MRN {mrn}</source>
        <translation>Patient {name} · N° de dossier {mrn}</translation>
    </message>
    <message>
        <source>Patient {name}</source>
        <translation>Patient {name}</translation>
    </message>
    <message>
        <source>a patient</source>
        <translation>un patient</translation>
    </message>
    <message>
        <source>Appointment of {name} · {when}</source>
        <translation>Rendez-vous de {name} · {when}</translation>
    </message>
    <message>
        <source>{record} {id} (no longer here)</source>
        <translation>{record} {id} (n’est plus ici)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Modifiés ici et sur le serveur</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusés par le serveur</translation>
    </message>
    <message>
        <source>Records the server refused</source>
        <translation>Enregistrements refusés par le serveur</translation>
    </message>
    <message>
        <source>None: nothing was changed in two places at once.</source>
        <translation>Aucun&#xa0;: rien n’a été modifié à deux endroits à la fois.</translation>
    </message>
    <message>
        <source>Someone changed these records on the server while they were changed here. For each field, choose the value to keep: it is saved here and on the server. Until then the server keeps its value.</source>
        <translation>Quelqu’un a modifié ces enregistrements sur le serveur pendant qu’ils étaient modifiés ici. Pour chaque champ, choisissez la valeur à garder&#xa0;: elle est enregistrée ici et sur le serveur. D’ici là, le serveur garde sa valeur.</translation>
    </message>
    <message>
        <source>None: the server took every record.</source>
        <translation>Aucun&#xa0;: le serveur a accepté tous les enregistrements.</translation>
    </message>
    <message>
        <source>The server did not accept these records; the others keep flowing. Correct the record (it is then sent again), or press Retry once the problem is fixed.</source>
        <translation>Le serveur n’a pas accepté ces enregistrements&#xa0;; les autres continuent de passer. Corrigez l’enregistrement (il est alors renvoyé), ou appuyez sur Réessayer une fois le problème réglé.</translation>
    </message>
    <message>
        <source>Saved. {record} goes to the server with the values you chose.</source>
        <translation>Enregistré. {record} part vers le serveur avec les valeurs choisies.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync is off: no server is set.</source>
        <translation>La synchronisation est désactivée&#xa0;: aucun serveur n’est défini.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n modification en attente.</numerusform>
            <numerusform>%n modifications en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent.</source>
        <translation>Toutes les modifications sont envoyées.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Sending changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Receiving appointments</source>
        <translation>Réception des rendez-vous</translation>
    </message>
    <message>
        <source>Receiving patients</source>
        <translation>Réception des patients</translation>
    </message>
    <message>
        <source>Receiving questionnaires</source>
        <translation>Réception des formulaires</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>{step} {done}/{total}</source>
        <translation>{step} {done}/{total}</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>All changes sent</source>
        <translation>Toutes les modifications sont envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to the server again</source>
        <translation>Se reconnecter au serveur</translation>
    </message>
    <message>
        <source>Open the Sync screen</source>
        <translation>Ouvrir l’écran Synchronisation</translation>
    </message>
    <message>
        <source>Sync off: no server is set</source>
        <translation>Synchronisation désactivée&#xa0;: aucun serveur défini</translation>
    </message>
    <message>
        <source>Records stay on this computer. IT sets server.url to sync them with the clinic server.</source>
        <translation>Les enregistrements restent sur cet ordinateur. Le service informatique définit server.url pour les synchroniser avec le serveur de la clinique.</translation>
    </message>
    <message>
        <source>● Sign-in refused</source>
        <translation>● Connexion refusée</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● Non connecté</translation>
    </message>
    <message>
        <source>● Not connected yet</source>
        <translation>● Pas encore connecté</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Hors ligne</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Dernière synchronisation&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Last sync never</source>
        <translation>Dernière synchronisation&#xa0;: jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need attention</source>
        <translation>
            <numerusform>%n enregistrement à vérifier</numerusform>
            <numerusform>%n enregistrements à vérifier</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server no longer accepts desk&apos;s sign-in. Ask an administrator to sign desk in to the server again.</source>
        <translation>Le serveur de la clinique n’accepte plus la connexion de desk. Demandez à un administrateur de reconnecter desk au serveur.</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Image tags</source>
        <translation>Balises de l’image</translation>
    </message>
    <message>
        <source>Filter by name, tag or value</source>
        <translation>Filtrer par nom, balise ou valeur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Élément {number}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more…</source>
        <translation>
            <numerusform>Afficher %n de plus…</numerusform>
            <numerusform>Afficher %n de plus…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} item(s) shown</source>
        <translation>
            <numerusform>{shown} élément affiché sur {total}</numerusform>
            <numerusform>{shown} éléments affichés sur {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagerie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Ajouter un patient sans rendez-vous</translation>
    </message>
    <message>
        <source>Who walked in?</source>
        <translation>Qui est arrivé sans rendez-vous&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace database is damaged, and this workspace holds no backup of it. Ask IT to restore the workspace folder from the computer&apos;s own backup before more work is done here.</source>
        <translation>La base de données de l’espace de travail est endommagée, et cet espace de travail n’en a aucune sauvegarde. Demandez au service informatique de restaurer le dossier de l’espace de travail depuis la sauvegarde de l’ordinateur avant de continuer à travailler ici.</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Ask IT to restore it, before more work is done here, from one of the backups in {folder} (newest first): {backups}.</source>
        <translation>La base de données de l’espace de travail est endommagée. Demandez au service informatique de la restaurer, avant de continuer à travailler ici, à partir de l’une des sauvegardes de {folder} (la plus récente d’abord)&#xa0;: {backups}.</translation>
    </message>
    <message>
        <source>Keep this workspace as it is and ask IT.</source>
        <translation>Laissez cet espace de travail tel quel et prévenez le service informatique.</translation>
    </message>
    <message>
        <source>The audit log was altered at entry {entry}: entries were changed, removed or the log was put back to an older copy.</source>
        <translation>Le journal d’audit a été modifié à l’entrée {entry}&#xa0;: des entrées ont été changées ou supprimées, ou le journal a été remplacé par une copie plus ancienne.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>L’espace de travail est endommagé</translation>
    </message>
</context>
</TS>
