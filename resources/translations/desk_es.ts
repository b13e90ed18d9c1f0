<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Other answer to: {0}</source>
        <translation>Otra respuesta a: {0}</translation>
    </message>
    <message>
        <source>Type your answer if it is not listed</source>
        <translation>Escriba su respuesta si no está en la lista</translation>
    </message>
    <message>
        <source>Type to search, or type your own answer</source>
        <translation>Escriba para buscar, o escriba su propia respuesta</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Disminuir</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Aumentar</translation>
    </message>
    <message>
        <source>Changes the number by one step</source>
        <translation>Cambia el número en un paso</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Pick {0}</source>
        <translation>Elegir: {0}</translation>
    </message>
    <message>
        <source>Opens a calendar or clock to choose from</source>
        <translation>Abre un calendario o un reloj para elegir</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a file for {0}</source>
        <translation>Elegir un archivo para: {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the file of {0}</source>
        <translation>Quitar el archivo de: {0}</translation>
    </message>
    <message>
        <source>The front desk can add this file for you.</source>
        <translation>La recepción puede añadir este archivo por usted.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>Add another answer</source>
        <translation>Añadir otra respuesta</translation>
    </message>
    <message>
        <source>Add another answer to: {0}</source>
        <translation>Añadir otra respuesta a: {0}</translation>
    </message>
    <message>
        <source>{0}, answer {1}</source>
        <translation>{0}, respuesta {1}</translation>
    </message>
    <message>
        <source>Help for: {0}</source>
        <translation>Ayuda para: {0}</translation>
    </message>
    <message>
        <source>Shows or hides an explanation</source>
        <translation>Muestra u oculta una explicación</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>esta entrada</translation>
    </message>
    <message>
        <source>Removes this entry and its answers</source>
        <translation>Quita esta entrada y sus respuestas</translation>
    </message>
    <message>
        <source>Remove row {0}</source>
        <translation>Quitar la fila {0}</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>Add another: {0}</source>
        <translation>Añadir otra entrada: {0}</translation>
    </message>
    <message>
        <source>Adds an empty entry to fill in</source>
        <translation>Añade una entrada vacía para rellenar</translation>
    </message>
    <message>
        <source>The answers as they were given. They cannot be changed here.</source>
        <translation>Las respuestas tal como se dieron. Aquí no se pueden cambiar.</translation>
    </message>
    <message>
        <source>{0} answers are still needed before you can submit. Use the buttons below to go to them.</source>
        <translation>Faltan todavía {0} respuestas para poder enviar. Use los botones de abajo para ir a ellas.</translation>
    </message>
    <message>
        <source>One answer is still needed before you can submit. Use the button below to go to it.</source>
        <translation>Falta todavía una respuesta para poder enviar. Use el botón de abajo para ir a ella.</translation>
    </message>
    <message>
        <source>Everything is answered. Check your answers, then press Submit.</source>
        <translation>Todo está respondido. Revise sus respuestas y pulse Enviar.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Área de firma</translation>
    </message>
    <message>
        <source>Sign here with a finger, a stylus or the mouse</source>
        <translation>Firme aquí con el dedo, un lápiz o el ratón</translation>
    </message>
    <message>
        <source>Signature pad: {0}</source>
        <translation>Área de firma: {0}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <source>Wipes the signature so you can sign again</source>
        <translation>Borra la firma para que pueda firmar de nuevo</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Born {date}</source>
        <translation>Fecha de nacimiento: {date}</translation>
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
        <translation>Hoy — {date}</translation>
    </message>
    <message>
        <source>Forms at the desk…</source>
        <translation>Formularios en recepción…</translation>
    </message>
    <message>
        <source>Fill in a form here, resume a draft, or open, print and save the forms filled in</source>
        <translation>Rellenar un formulario aquí, retomar un borrador, o abrir, imprimir y guardar los formularios rellenados</translation>
    </message>
</context>
<context>
    <name>FormDates</name>
    <message>
        <source>DMYHM</source>
        <comment>day month year hour minute</comment>
        <translation>DMAHM</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <source>Please look at the answers marked on this page before going on.</source>
        <translation>Revise las respuestas señaladas en esta página antes de continuar.</translation>
    </message>
    <message>
        <source>Some answers are still needed.</source>
        <translation>Todavía faltan respuestas.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Shows the form in another language</source>
        <translation>Muestra el formulario en otro idioma</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Makes the text of the form larger</source>
        <translation>Agranda el texto del formulario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Goes to the page before</source>
        <translation>Vuelve a la página anterior</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Pasa a la página siguiente</translation>
    </message>
    <message>
        <source>Sends your answers</source>
        <translation>Envía sus respuestas</translation>
    </message>
    <message>
        <source>Summary of the answers</source>
        <translation>Resumen de las respuestas</translation>
    </message>
    <message>
        <source>Review your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
</context>
<context>
    <name>FormWindow</name>
    <message>
        <source>For {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <source>Filled in — read only</source>
        <translation>Rellenado — solo lectura</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (the draft is kept)</source>
        <translation>Cerrar (se conserva el borrador)</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
</context>
<context>
    <name>KioskMessages</name>
    <message>
        <source>A check-in code has 6 letters and numbers. Please check it and try again.</source>
        <translation>Un código de llegada tiene 6 letras y números. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This check-in code is not known. Please check it and try again, or ask at the front desk.</source>
        <translation>Este código de llegada no se reconoce. Revíselo e inténtelo de nuevo, o pregunte en recepción.</translation>
    </message>
    <message>
        <source>This check-in code was cancelled. Please ask at the front desk for a new one.</source>
        <translation>Este código de llegada se anuló. Pida uno nuevo en recepción, por favor.</translation>
    </message>
    <message>
        <source>The forms for this check-in code are already completed. Thank you!</source>
        <translation>Los formularios de este código de llegada ya están completos. ¡Gracias!</translation>
    </message>
    <message>
        <source>This check-in code has expired. Please ask at the front desk for a new one.</source>
        <translation>Este código de llegada ha caducado. Pida uno nuevo en recepción, por favor.</translation>
    </message>
    <message>
        <source>This check-in code is no longer valid for its appointment. Please ask at the front desk.</source>
        <translation>Este código de llegada ya no es válido para su cita. Pregunte en recepción, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were not right. Please wait %n seconds, or ask at the front desk.</source>
        <translation>
            <numerusform>Demasiados códigos incorrectos. Espere %n segundo, o pregunte en recepción.</numerusform>
            <numerusform>Demasiados códigos incorrectos. Espere %n segundos, o pregunte en recepción.</numerusform>
        </translation>
    </message>
    <message>
        <source>We could not find forms for you today. Please check what you typed, or ask at the front desk.</source>
        <translation>No encontramos formularios para usted hoy. Revise lo que escribió, o pregunte en recepción.</translation>
    </message>
    <message>
        <source>These forms are no longer waiting for you. Please ask at the front desk.</source>
        <translation>Estos formularios ya no le esperan. Pregunte en recepción, por favor.</translation>
    </message>
    <message>
        <source>This form was changed at the clinic while you were filling it in, and your answers could not be kept. Please ask at the front desk.</source>
        <translation>La clínica cambió este formulario mientras usted lo rellenaba, y no se pudieron guardar sus respuestas. Pregunte en recepción, por favor.</translation>
    </message>
    <message>
        <source>Your answers could not be kept. Please ask at the front desk.</source>
        <translation>No se pudieron guardar sus respuestas. Pregunte en recepción, por favor.</translation>
    </message>
    <message>
        <source>Something went wrong. Please ask at the front desk.</source>
        <translation>Algo salió mal. Pregunte en recepción, por favor.</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Staff only: type the kiosk PIN to leave the kiosk.</source>
        <translation>Solo para el personal: escriba el PIN del quiosco para salir del quiosco.</translation>
    </message>
    <message>
        <source>No kiosk PIN is set. An administrator sets it with &apos;desk kiosk-pin&apos;; until then the kiosk cannot be left from here.</source>
        <translation>No hay ningún PIN de quiosco definido. Un administrador lo define con «desk kiosk-pin»; mientras tanto, no se puede salir del quiosco desde aquí.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The staff PIN, 4 to 8 digits</source>
        <translation>El PIN del personal, de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Check the PIN and leave</source>
        <translation>Comprueba el PIN y sale del quiosco</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Close this and stay in the kiosk</source>
        <translation>Cierra esta ventana y se queda en el quiosco</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
</context>
<context>
    <name>KioskWelcomeWidget</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Type the code printed on your check-in slip.</source>
        <translation>Escriba el código impreso en su comprobante de llegada.</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Código de llegada</translation>
    </message>
    <message>
        <source>For example KT4 7XA</source>
        <translation>Por ejemplo KT4 7XA</translation>
    </message>
    <message>
        <source>Open my forms</source>
        <translation>Abrir mis formularios</translation>
    </message>
    <message>
        <source>No slip? Type your name and date of birth.</source>
        <translation>¿No tiene comprobante? Escriba su nombre y su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Find my forms</source>
        <translation>Buscar mis formularios</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Please type your family name and your given name.</source>
        <translation>Escriba sus apellidos y su nombre, por favor.</translation>
    </message>
    <message>
        <source>Please type your date of birth, for example 17/05/1980.</source>
        <translation>Escriba su fecha de nacimiento, por ejemplo 17/05/1980.</translation>
    </message>
    <message>
        <source>Please type your date of birth, for example 05/17/1980.</source>
        <translation>Escriba su fecha de nacimiento, por ejemplo 05/17/1980.</translation>
    </message>
</context>
<context>
    <name>KioskWidget</name>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your answers are with the front desk. Please take a seat; we will call you.</source>
        <translation>Sus respuestas ya están en recepción. Tome asiento, por favor; le llamaremos.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Back to the welcome screen</source>
        <translation>Volver a la pantalla de bienvenida</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Keep the form open</source>
        <translation>Mantener el formulario abierto</translation>
    </message>
    <message>
        <source>For staff</source>
        <translation>Para el personal</translation>
    </message>
    <message>
        <source>Staff only: leave the kiosk with the PIN</source>
        <translation>Solo para el personal: salir del quiosco con el PIN</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? This screen will be cleared in %n seconds.</source>
        <translation>
            <numerusform>¿Sigue ahí? Esta pantalla se borrará en %n segundo.</numerusform>
            <numerusform>¿Sigue ahí? Esta pantalla se borrará en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientChartWidget</name>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
</context>
<context>
    <name>PatientFormsDialog</name>
    <message>
        <source>Forms — {name}</source>
        <translation>Formularios — {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Forms for {name}</source>
        <translation>Formularios de {name}</translation>
    </message>
</context>
<context>
    <name>PatientFormsWidget</name>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Start a form…</source>
        <translation>Empezar un formulario…</translation>
    </message>
    <message>
        <source>Fill in a form here, with the patient or for them</source>
        <translation>Rellenar un formulario aquí, con el paciente o en su lugar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>Revisar los cambios…</translation>
    </message>
    <message>
        <source>Accept or decline, field by field, what the patient changed in their details</source>
        <translation>Aceptar o rechazar, campo por campo, lo que el paciente cambió en sus datos</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Rellenar</translation>
    </message>
    <message>
        <source>{title}: filled in.</source>
        <translation>{title}: rellenado.</translation>
    </message>
    <message>
        <source>Details reviewed: {n} saved.</source>
        <translation>Datos revisados; cambios guardados: {n}.</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Changes to {name}&apos;s details</source>
        <translation>Cambios en los datos de {name}</translation>
    </message>
    <message>
        <source>The patient answered these differently from the record. Tick the changes to save; the others are declined and the record keeps what it has.</source>
        <translation>El paciente respondió de forma distinta a lo que consta en la ficha. Marque los cambios que desea guardar; los demás se rechazan y la ficha conserva lo que tiene.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>{label}: {was} → {now}</source>
        <translation>{label}: {was} → {now}</translation>
    </message>
    <message>
        <source>Save ticked, decline the rest</source>
        <translation>Guardar lo marcado, rechazar el resto</translation>
    </message>
</context>
<context>
    <name>StartFormDialog</name>
    <message>
        <source>Start a form at the desk</source>
        <translation>Empezar un formulario en recepción</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Language of the form</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>form_window</name>
    <message>
        <source>Save form as PDF</source>
        <translation>Guardar el formulario como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
</TS>
