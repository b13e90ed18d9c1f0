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
    <name>BoardModel</name>
    <message>
        <source>Born {date}</source>
        <translation>Date de naissance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Today — {date}</source>
        <translation>Aujourd’hui — {date}</translation>
    </message>
    <message>
        <source>Forms at the desk…</source>
        <translation>Formulaires à l’accueil…</translation>
    </message>
    <message>
        <source>Fill in a form here, resume a draft, or open, print and save the forms filled in</source>
        <translation>Remplir un formulaire ici, reprendre un brouillon, ou ouvrir, imprimer et enregistrer les formulaires remplis</translation>
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
    <name>PatientChartWidget</name>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
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
    <name>form_window</name>
    <message>
        <source>Save form as PDF</source>
        <translation>Enregistrer le formulaire en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
</TS>
