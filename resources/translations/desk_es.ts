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
    <name>AppointmentState</name>
    <message>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>in the room</source>
        <translation>en consulta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>no presentada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>AuditWidget</name>
    <message>
        <source>Filter by user, patient, record or record id</source>
        <translation>Filtrar por usuario, paciente, registro o identificador</translation>
    </message>
    <message>
        <source>Filter audit entries</source>
        <translation>Filtrar las entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain verified (%n entries)</source>
        <translation>
            <numerusform>✔ Cadena verificada (%n entrada)</numerusform>
            <numerusform>✔ Cadena verificada (%n entradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Chain broken at entry {entry}: the log was altered</source>
        <translation>✖ Cadena rota en la entrada {entry}: el registro fue alterado</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation>Fecha de nacimiento: {date}</translation>
    </message>
    <message>
        <source>{time}  walk-in</source>
        <translation>{time}  sin cita</translation>
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
        <translation>M</translation>
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
        <translation>Programada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegó</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
</context>
<context>
    <name>BoardStep</name>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>To room</source>
        <translation>A consulta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>Mark scheduled</source>
        <translation>Marcar como programada</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>Marcar llegada</translation>
    </message>
    <message>
        <source>Mark in room</source>
        <translation>Marcar en consulta</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como terminada</translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation>Marcar que no se presentó</translation>
    </message>
    <message>
        <source>Mark cancelled</source>
        <translation>Marcar como cancelada</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Today — {date}</source>
        <translation>Hoy — {date}</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>Añadir sin cita…</translation>
    </message>
    <message>
        <source>Find or register a patient who came without a booking (Ctrl+W)</source>
        <translation>Buscar o registrar a un paciente que vino sin cita (Ctrl+W)</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Citas de hoy</translation>
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
        <translation>Enviar formularios al quiosco…</translation>
    </message>
    <message>
        <source>Print check-in code</source>
        <translation>Imprimir el código de llegada</translation>
    </message>
    <message>
        <source>Forms at the desk…</source>
        <translation>Formularios en recepción…</translation>
    </message>
    <message>
        <source>Fill in a form here, resume a draft, or open, print and save the forms filled in</source>
        <translation>Rellenar un formulario aquí, retomar un borrador, o abrir, imprimir y guardar los formularios rellenados</translation>
    </message>
    <message>
        <source>Forms sent to the kiosk. Check-in code: {code}</source>
        <translation>Formularios enviados al quiosco. Código de llegada: {code}</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Código de llegada</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>create a demo workspace (no GUI)</source>
        <translation>crea un espacio de trabajo de demostración (sin interfaz)</translation>
    </message>
    <message>
        <source>set the staff PIN that leaves the kiosk</source>
        <translation>define el PIN del personal para salir del quiosco</translation>
    </message>
    <message>
        <source>write it to the machine&apos;s settings file (IT), not the user&apos;s</source>
        <translation>lo escribe en el archivo de ajustes de la máquina (informática), no en el del usuario</translation>
    </message>
    <message>
        <source>read the PIN from standard input (silent installs)</source>
        <translation>lee el PIN de la entrada estándar (instalaciones silenciosas)</translation>
    </message>
    <message>
        <source>New kiosk PIN: </source>
        <translation>Nuevo PIN del quiosco: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>El mismo PIN otra vez: </translation>
    </message>
    <message>
        <source>desk: the kiosk PIN is set ({file})</source>
        <translation>desk: el PIN del quiosco está definido ({file})</translation>
    </message>
    <message>
        <source>desk demo: --patients must be at least 1</source>
        <translation>desk demo: --patients debe ser al menos 1</translation>
    </message>
    <message numerus="yes">
        <source>Demo workspace ready in {folder} with %n patients.</source>
        <translation>
            <numerusform>Espacio de trabajo de demostración listo en {folder} con %n paciente.</numerusform>
            <numerusform>Espacio de trabajo de demostración listo en {folder} con %n pacientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as &apos;admin&apos; or &apos;reception&apos; with the password &apos;{password}&apos;.</source>
        <translation>Inicie sesión como «admin» o «reception» con la contraseña «{password}».</translation>
    </message>
    <message>
        <source>Front-desk software for clinics.</source>
        <translation>Software de recepción para clínicas.</translation>
    </message>
    <message>
        <source>Messages are in the language of the machine file&apos;s ui.language, else of LC_ALL, LC_MESSAGES or LANG when that is French or Spanish, else in English.</source>
        <translation>Los mensajes están en el idioma del ajuste ui.language del archivo de la máquina; si no, en el de LC_ALL, LC_MESSAGES o LANG cuando es francés o español; si no, en inglés.</translation>
    </message>
    <message>
        <source>workspace folder (overrides settings)</source>
        <translation>carpeta del espacio de trabajo (sustituye a los ajustes)</translation>
    </message>
    <message>
        <source>extra settings file (highest file precedence)</source>
        <translation>archivo de ajustes adicional (con prioridad sobre los demás archivos)</translation>
    </message>
    <message>
        <source>override one setting, e.g. --set security.idle_lock_minutes=10</source>
        <translation>sustituye un ajuste, p. ej. --set security.idle_lock_minutes=10</translation>
    </message>
    <message>
        <source>run as the waiting-room kiosk (as --set kiosk.enabled=true)</source>
        <translation>funciona como quiosco de la sala de espera (como --set kiosk.enabled=true)</translation>
    </message>
    <message>
        <source>the settings: show them, check a file</source>
        <translation>los ajustes: mostrarlos, comprobar un archivo</translation>
    </message>
    <message>
        <source>print every setting in force and where it came from (secrets hidden)</source>
        <translation>muestra cada ajuste vigente y su procedencia (secretos ocultos)</translation>
    </message>
    <message>
        <source>check a machine file before deploying it: exit status 0 when it has no problems</source>
        <translation>comprueba un archivo de máquina antes de desplegarlo: código de salida 0 si no tiene problemas</translation>
    </message>
    <message>
        <source>print a machine file with every setting commented out, with its default</source>
        <translation>muestra un archivo de máquina con cada ajuste comentado, con su valor predeterminado</translation>
    </message>
    <message>
        <source>Settings files, each overriding the one before:</source>
        <translation>Archivos de ajustes, cada uno sustituye al anterior:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>then DESK_* variables, then --set, --kiosk and --workspace.</source>
        <translation>después las variables DESK_*, después --set, --kiosk y --workspace.</translation>
    </message>
    <message>
        <source>{variable} is set but is not a desk setting: did you mean {meant}?</source>
        <translation>{variable} está definida pero no es un ajuste de desk: ¿quería decir {meant}?</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s); correct them and check again before deploying the file.</source>
        <translation>
            <numerusform>%n problema; corríjalo y vuelva a comprobar antes de desplegar el archivo.</numerusform>
            <numerusform>%n problemas; corríjalos y vuelva a comprobar antes de desplegar el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no problems (%n settings set).</source>
        <translation>
            <numerusform>ningún problema (%n ajuste definido).</numerusform>
            <numerusform>ningún problema (%n ajustes definidos).</numerusform>
        </translation>
    </message>
    <message>
        <source>import or export DICOM images</source>
        <translation>importa o exporta imágenes DICOM</translation>
    </message>
    <message>
        <source>import a disc or folder of images for a patient</source>
        <translation>importa un disco o una carpeta de imágenes para un paciente</translation>
    </message>
    <message>
        <source>the disc or folder to read</source>
        <translation>el disco o la carpeta que se lee</translation>
    </message>
    <message>
        <source>the patient&apos;s record number</source>
        <translation>el número de historia del paciente</translation>
    </message>
    <message>
        <source>read the workspace passphrase from standard input</source>
        <translation>lee la frase de contraseña del espacio de trabajo de la entrada estándar</translation>
    </message>
    <message>
        <source>write a stored study&apos;s images into a folder</source>
        <translation>escribe las imágenes de un estudio guardado en una carpeta</translation>
    </message>
    <message>
        <source>the study&apos;s Study Instance UID</source>
        <translation>el Study Instance UID del estudio</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>write copies without the patient&apos;s identity (DICOM PS3.15 Basic Application Level Confidentiality Profile, no options)</source>
        <translation>escribe copias sin la identidad del paciente (DICOM PS3.15, perfil básico de confidencialidad a nivel de aplicación, sin opciones)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya estaba</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>desk: {imported}, {there}, {refused}.</source>
        <translation>desk: {imported}, {there}, {refused}.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importado</numerusform>
            <numerusform>%n importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya estaba</numerusform>
            <numerusform>%n ya estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: %n images written anonymised (DICOM PS3.15 Basic Profile, no options) to {folder}.</source>
        <translation>
            <numerusform>desk: %n imagen escrita anonimizada (DICOM PS3.15, perfil básico, sin opciones) en {folder}.</numerusform>
            <numerusform>desk: %n imágenes escritas anonimizadas (DICOM PS3.15, perfil básico, sin opciones) en {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>desk: %n images written to {folder}.</source>
        <translation>
            <numerusform>desk: %n imagen escrita en {folder}.</numerusform>
            <numerusform>desk: %n imágenes escritas en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>the workspace was not opened: no counts</source>
        <translation>el espacio de trabajo no se abrió: sin recuentos</translation>
    </message>
    <message>
        <source>no desk.log in {folder}</source>
        <translation>ningún desk.log en {folder}</translation>
    </message>
    <message>
        <source>check this machine and print a table</source>
        <translation>comprueba esta máquina y muestra una tabla</translation>
    </message>
    <message>
        <source>also write a support archive (zip) to FILE: no patient data</source>
        <translation>escribe también un archivo para el soporte (zip) en FILE: ningún dato de pacientes</translation>
    </message>
    <message>
        <source>desk: support bundle written to {file} (no patient data).</source>
        <translation>desk: archivo para el soporte escrito en {file} (ningún dato de pacientes).</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versiones</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>espacio de trabajo</translation>
    </message>
    <message>
        <source>machine settings</source>
        <translation>ajustes de máquina</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>ajustes de usuario</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>copias de seguridad</translation>
    </message>
    <message>
        <source>{folder} (made before each upgrade; desk workspace backup writes where you say)</source>
        <translation>{folder} (hechas antes de cada actualización; desk workspace backup escribe donde usted indique)</translation>
    </message>
    <message>
        <source>log</source>
        <translation>registro</translation>
    </message>
    <message numerus="yes">
        <source>{file} (rotates at {size} MB, %n old files kept)</source>
        <translation>
            <numerusform>{file} (rota a {size} MB, se guarda %n archivo antiguo)</numerusform>
            <numerusform>{file} (rota a {size} MB, se guardan %n archivos antiguos)</numerusform>
        </translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>key store</source>
        <translation>almacén de claves</translation>
    </message>
    <message>
        <source>the system key store keeps secrets</source>
        <translation>el almacén de claves del sistema guarda los secretos</translation>
    </message>
    <message>
        <source>no usable system key store: workspaces are opened with a passphrase</source>
        <translation>ningún almacén de claves utilizable: los espacios de trabajo se abren con una frase de contraseña</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>no workspace in {folder}</source>
        <translation>ningún espacio de trabajo en {folder}</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>a recovery passphrase is set</source>
        <translation>hay una frase de recuperación definida</translation>
    </message>
    <message>
        <source>no recovery passphrase: desk workspace recovery set</source>
        <translation>ninguna frase de recuperación: desk workspace recovery set</translation>
    </message>
    <message>
        <source>{folder} (locked by passphrase; not opened)</source>
        <translation>{folder} (bloqueado con frase de contraseña; no abierto)</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain and end verified</source>
        <translation>
            <numerusform>%n entrada, cadena y final verificados</numerusform>
            <numerusform>%n entradas, cadena y final verificados</numerusform>
        </translation>
    </message>
    <message>
        <source>altered at entry {entry}</source>
        <translation>alterado en la entrada {entry}</translation>
    </message>
    <message>
        <source>{folder}: integrity ok</source>
        <translation>{folder}: integridad correcta</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
    <message>
        <source>last success {last}; {waiting}; {attention}</source>
        <translation>último éxito {last}; {waiting}; {attention}</translation>
    </message>
    <message numerus="yes">
        <source>%n records waiting to be sent</source>
        <translation>
            <numerusform>%n registro pendiente de envío</numerusform>
            <numerusform>%n registros pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n needing attention</source>
        <translation>
            <numerusform>%n requiere atención</numerusform>
            <numerusform>%n requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>image cache</source>
        <translation>caché de imágenes</translation>
    </message>
    <message>
        <source>limit {limit}; retrieved from the PACS {retrieved}, {retrieved_size} MB; from discs {disc}, {disc_size} MB (never dropped)</source>
        <translation>límite {limit}; recuperados del PACS {retrieved}, {retrieved_size} MB; de discos {disc}, {disc_size} MB (nunca se descartan)</translation>
    </message>
    <message numerus="yes">
        <source>%n studies</source>
        <translation>
            <numerusform>%n estudio</numerusform>
            <numerusform>%n estudios</numerusform>
        </translation>
    </message>
    <message>
        <source>Qt platform</source>
        <translation>plataforma Qt</translation>
    </message>
    <message>
        <source>{platform}: timed out</source>
        <translation>{platform}: tiempo agotado</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>{size} GiB free at {folder}</source>
        <translation>{size} GiB libres en {folder}</translation>
    </message>
    <message>
        <source>free disk</source>
        <translation>disco libre</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>no server configured (server.url): working offline</source>
        <translation>ningún servidor configurado (server.url): trabajo sin conexión</translation>
    </message>
    <message>
        <source>{url}: HTTP {status}, not FHIR</source>
        <translation>{url}: HTTP {status}, no es FHIR</translation>
    </message>
    <message>
        <source>{url}: FHIR server answers</source>
        <translation>{url}: el servidor FHIR responde</translation>
    </message>
    <message>
        <source>server CA</source>
        <translation>CA del servidor</translation>
    </message>
    <message>
        <source>{file}: cannot be read as PEM certificates ({error})</source>
        <translation>{file}: no se puede leer como certificados PEM ({error})</translation>
    </message>
    <message>
        <source>{who} expired on {date}; replace {file}</source>
        <translation>{who} caducó el {date}; sustituya {file}</translation>
    </message>
    <message numerus="yes">
        <source>; renew it within %n days</source>
        <translation>
            <numerusform>; renuévelo en menos de %n día</numerusform>
            <numerusform>; renuévelo en menos de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{certificates}; the first to expire, {who}, on {date} (in {days}){soon}</source>
        <translation>{certificates}; el primero en caducar, {who}, el {date} (dentro de {days}){soon}</translation>
    </message>
    <message numerus="yes">
        <source>%n certificates</source>
        <translation>
            <numerusform>%n certificado</numerusform>
            <numerusform>%n certificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>check questionnaires, print responses as PDF</source>
        <translation>comprueba cuestionarios, imprime respuestas en PDF</translation>
    </message>
    <message>
        <source>validate FHIR R4 Questionnaire files</source>
        <translation>valida archivos Questionnaire de FHIR R4</translation>
    </message>
    <message>
        <source>render a QuestionnaireResponse as PDF</source>
        <translation>genera un PDF de una QuestionnaireResponse</translation>
    </message>
    <message>
        <source>FHIR Patient for the header</source>
        <translation>Patient de FHIR para el encabezado</translation>
    </message>
    <message>
        <source>clinic name for the header</source>
        <translation>nombre de la clínica para el encabezado</translation>
    </message>
    <message>
        <source>one address line (repeat for more)</source>
        <translation>una línea de dirección (repítalo para más)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>unsupported: item {item}: {what}</source>
        <translation>no admitido: elemento {item}: {what}</translation>
    </message>
    <message>
        <source>unsupported: {what}</source>
        <translation>no admitido: {what}</translation>
    </message>
    <message>
        <source>item {item}: an expression could not be calculated on the empty form ({expressions})</source>
        <translation>elemento {item}: una expresión no se pudo calcular en el formulario vacío ({expressions})</translation>
    </message>
    <message>
        <source>desk form pdf: cannot use the files ({error})</source>
        <translation>desk form pdf: no se pueden usar los archivos ({error})</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrito</translation>
    </message>
    <message>
        <source>back up, restore, recover or delete the workspace</source>
        <translation>copia, restaura, recupera o elimina el espacio de trabajo</translation>
    </message>
    <message>
        <source>write an encrypted backup of the workspace (safe while desk runs)</source>
        <translation>escribe una copia de seguridad cifrada del espacio de trabajo (posible mientras desk funciona)</translation>
    </message>
    <message>
        <source>the backup file to write (a new file)</source>
        <translation>el archivo de copia que se escribe (un archivo nuevo)</translation>
    </message>
    <message>
        <source>put a backup in place of the workspace (asks first)</source>
        <translation>pone una copia en lugar del espacio de trabajo (pregunta antes)</translation>
    </message>
    <message>
        <source>a file written by desk workspace backup</source>
        <translation>un archivo escrito por desk workspace backup</translation>
    </message>
    <message>
        <source>do not ask (scripts)</source>
        <translation>no preguntar (scripts)</translation>
    </message>
    <message>
        <source>the recovery passphrase</source>
        <translation>la frase de recuperación</translation>
    </message>
    <message>
        <source>set (or change) the recovery passphrase (asks twice)</source>
        <translation>define (o cambia) la frase de recuperación (se pide dos veces)</translation>
    </message>
    <message>
        <source>put the workspace key back after the key store lost it</source>
        <translation>restituye la clave del espacio de trabajo después de que el almacén de claves la perdiera</translation>
    </message>
    <message>
        <source>delete the workspace: its database, files and key (asks for its id)</source>
        <translation>elimina el espacio de trabajo: su base de datos, sus archivos y su clave (pide su identificador)</translation>
    </message>
    <message>
        <source>read passphrases and answers from standard input, one a line</source>
        <translation>lee las frases de contraseña y las respuestas de la entrada estándar, una por línea</translation>
    </message>
    <message>
        <source>New recovery passphrase: </source>
        <translation>Nueva frase de recuperación: </translation>
    </message>
    <message>
        <source>The same recovery passphrase again: </source>
        <translation>La misma frase de recuperación otra vez: </translation>
    </message>
    <message>
        <source>New workspace passphrase: </source>
        <translation>Nueva frase de contraseña del espacio de trabajo: </translation>
    </message>
    <message>
        <source>The same workspace passphrase again: </source>
        <translation>La misma frase de contraseña del espacio de trabajo otra vez: </translation>
    </message>
    <message>
        <source>Workspace passphrase: </source>
        <translation>Frase de contraseña del espacio de trabajo: </translation>
    </message>
    <message numerus="yes">
        <source>desk: backup of workspace {id} written to {file} ({size} MB, %n stored files).</source>
        <translation>
            <numerusform>desk: copia del espacio de trabajo {id} escrita en {file} ({size} MB, %n archivo guardado).</numerusform>
            <numerusform>desk: copia del espacio de trabajo {id} escrita en {file} ({size} MB, %n archivos guardados).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore the backup of workspace {id} made {made} into {folder}? Close desk on this computer first. The workspace there now is moved aside, not deleted. Type yes to go on: </source>
        <translation>¿Restaurar la copia del espacio de trabajo {id} hecha el {made} en {folder}? Cierre antes desk en este ordenador. El espacio de trabajo que hay allí se aparta, no se elimina. Escriba yes para continuar: </translation>
    </message>
    <message>
        <source>Recovery passphrase: </source>
        <translation>Frase de recuperación: </translation>
    </message>
    <message>
        <source>desk: workspace {id} restored in {folder} from the backup made {made}.</source>
        <translation>desk: espacio de trabajo {id} restaurado en {folder} a partir de la copia hecha el {made}.</translation>
    </message>
    <message>
        <source>The workspace that was there is in {folder}.</source>
        <translation>El espacio de trabajo que había allí está en {folder}.</translation>
    </message>
    <message>
        <source>desk: the recovery passphrase is set ({file}). Keep it apart from the computer, for instance sealed in the clinic&apos;s safe.</source>
        <translation>desk: la frase de recuperación está definida ({file}). Guárdela lejos del ordenador, por ejemplo en un sobre cerrado en la caja fuerte de la clínica.</translation>
    </message>
    <message>
        <source>desk: the key of workspace {id} is back in this computer&apos;s key store.</source>
        <translation>desk: la clave del espacio de trabajo {id} vuelve a estar en el almacén de claves de este ordenador.</translation>
    </message>
    <message>
        <source>desk: the key of workspace {id} is back in workspace.toml, wrapped by the new workspace passphrase.</source>
        <translation>desk: la clave del espacio de trabajo {id} vuelve a estar en workspace.toml, protegida por la nueva frase de contraseña del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Delete the workspace {id} in {folder}: its database, files, backups and its key in the key store? This cannot be undone. Type the workspace id to go on: </source>
        <translation>¿Eliminar el espacio de trabajo {id} en {folder}: su base de datos, sus archivos, sus copias y su clave en el almacén de claves? No se puede deshacer. Escriba el identificador del espacio de trabajo para continuar: </translation>
    </message>
    <message>
        <source>desk: workspace {id} deleted from {folder}.</source>
        <translation>desk: espacio de trabajo {id} eliminado de {folder}.</translation>
    </message>
    <message>
        <source>send waiting changes to the server and fetch what changed there</source>
        <translation>envía al servidor los cambios pendientes y trae lo que cambió allí</translation>
    </message>
    <message>
        <source>one round, then print a summary (otherwise repeat every server.sync_interval_seconds until interrupted)</source>
        <translation>una sola ronda y luego un resumen (si no, repite cada server.sync_interval_seconds hasta que se interrumpa)</translation>
    </message>
    <message>
        <source>after the server was put back from a backup: send every patient and appointment again (those it still has are not doubled)</source>
        <translation>después de restaurar el servidor desde una copia de seguridad: vuelve a enviar todos los pacientes y citas (los que aún tiene no se duplican)</translation>
    </message>
    <message>
        <source>the clinic&apos;s FHIR server</source>
        <translation>el servidor FHIR de la clínica</translation>
    </message>
    <message>
        <source>keep the server&apos;s access token (or, with server.client_id set, the client secret) in the system key store; read from standard input</source>
        <translation>guarda el token de acceso del servidor (o, con server.client_id definido, el secreto de cliente) en el almacén de claves del sistema; se lee de la entrada estándar</translation>
    </message>
    <message>
        <source>desk sync: {patients} and {appointments} will be sent again</source>
        <translation>desk sync: se volverán a enviar {patients} y {appointments}</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait to be sent.</source>
        <translation>
            <numerusform>%n cambio espera a ser enviado.</numerusform>
            <numerusform>%n cambios esperan a ser enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>{waiting}; {attention}.</source>
        <translation>{waiting}; {attention}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need attention</source>
        <translation>
            <numerusform>%n registro requiere atención</numerusform>
            <numerusform>%n registros requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>desk sync: {error}</source>
        <translation>desk sync: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n clinic form(s) withdrawn</source>
        <translation>
            <numerusform>%n formulario de la clínica retirado</numerusform>
            <numerusform>%n formularios de la clínica retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) withdrawn</source>
        <translation>
            <numerusform>%n cita retirada</numerusform>
            <numerusform>%n citas retiradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{sent} in {bundles}; {received} ({changed}){withdrawn}.</source>
        <translation>{sent} en {bundles}; {received} ({changed}){withdrawn}.</translation>
    </message>
    <message numerus="yes">
        <source>received %n record(s)</source>
        <translation>
            <numerusform>%n registro recibido</numerusform>
            <numerusform>%n registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n lote</numerusform>
            <numerusform>%n lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new or changed</source>
        <translation>
            <numerusform>%n nuevo o modificado</numerusform>
            <numerusform>%n nuevos o modificados</numerusform>
        </translation>
    </message>
    <message>
        <source>; {withdrawn}</source>
        <translation>; {withdrawn}</translation>
    </message>
    <message>
        <source>desk server login: {error}</source>
        <translation>desk server login: {error}</translation>
    </message>
    <message>
        <source>Client secret for {url}: </source>
        <translation>Secreto de cliente para {url}: </translation>
    </message>
    <message>
        <source>The client secret for {url} is kept in the system key store.</source>
        <translation>El secreto de cliente para {url} se guarda en el almacén de claves del sistema.</translation>
    </message>
    <message>
        <source>Access token for {url}: </source>
        <translation>Token de acceso para {url}: </translation>
    </message>
    <message>
        <source>The access token for {url} is kept in the system key store.</source>
        <translation>El token de acceso para {url} se guarda en el almacén de claves del sistema.</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Keep desk&apos;s value</source>
        <translation>Conservar el valor de desk</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value</source>
        <translation>Conservar el valor del servidor</translation>
    </message>
    <message>
        <source>{field}: keep desk&apos;s value {value}</source>
        <translation>{field}: conservar el valor de desk {value}</translation>
    </message>
    <message>
        <source>{field}: keep the server&apos;s value {value}</source>
        <translation>{field}: conservar el valor del servidor {value}</translation>
    </message>
    <message>
        <source>Save choice</source>
        <translation>Guardar la elección</translation>
    </message>
    <message>
        <source>All desk&apos;s values</source>
        <translation>Todos los valores de desk</translation>
    </message>
    <message>
        <source>All the server&apos;s</source>
        <translation>Todos los del servidor</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>access token</source>
        <translation>token de acceso</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
</context>
<context>
    <name>DeskError</name>
    <message>
        <source>The two PINs are not the same; nothing was changed.</source>
        <translation>Los dos PIN no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The images in {folder} are of someone else (their name or birth date differs from the patient&apos;s with the record number {mrn}); nothing was imported.</source>
        <translation>Las imágenes de {folder} son de otra persona (el nombre o la fecha de nacimiento no coinciden con los del paciente con el número de historia {mrn}); no se ha importado nada.</translation>
    </message>
    <message>
        <source>{folder} is not a folder; give the disc or the folder of images.</source>
        <translation>{folder} no es una carpeta; indique el disco o la carpeta de imágenes.</translation>
    </message>
    <message>
        <source>No patient has the record number {mrn}; nothing was imported.</source>
        <translation>Ningún paciente tiene el número de historia {mrn}; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{file} already exists; name a new file for the bundle.</source>
        <translation>{file} ya existe; indique un archivo nuevo para el paquete.</translation>
    </message>
    <message>
        <source>desk could not write the bundle to {file} ({error}).</source>
        <translation>desk no ha podido escribir el paquete en {file} ({error}).</translation>
    </message>
    <message>
        <source>the patient file {file} cannot be read as JSON</source>
        <translation>el archivo del paciente {file} no se puede leer como JSON</translation>
    </message>
    <message>
        <source>the patient file {file} is not a JSON object</source>
        <translation>el archivo del paciente {file} no es un objeto JSON</translation>
    </message>
    <message>
        <source>the response file {file} cannot be read as JSON</source>
        <translation>el archivo de respuesta {file} no se puede leer como JSON</translation>
    </message>
    <message>
        <source>the response file {file} is not a JSON object</source>
        <translation>el archivo de respuesta {file} no es un objeto JSON</translation>
    </message>
    <message>
        <source>the saved draft cannot be read</source>
        <translation>el borrador guardado no se puede leer</translation>
    </message>
    <message>
        <source>the saved draft belongs to another form</source>
        <translation>el borrador guardado pertenece a otro formulario</translation>
    </message>
    <message>
        <source>this form has no item {ref!r}</source>
        <translation>este formulario no tiene el elemento {ref!r}</translation>
    </message>
    <message>
        <source>this form has no such item instance</source>
        <translation>este formulario no tiene esa instancia del elemento</translation>
    </message>
    <message>
        <source>item {link_id} is not a question</source>
        <translation>el elemento {link_id} no es una pregunta</translation>
    </message>
    <message>
        <source>item {link_id} is not a repeating group</source>
        <translation>el elemento {link_id} no es un grupo repetible</translation>
    </message>
    <message>
        <source>{status!r} is not a QuestionnaireResponse status</source>
        <translation>{status!r} no es un estado de QuestionnaireResponse</translation>
    </message>
    <message>
        <source>the form still has unanswered or invalid questions</source>
        <translation>el formulario aún tiene preguntas sin responder o no válidas</translation>
    </message>
    <message>
        <source>this is not a QuestionnaireResponse</source>
        <translation>esto no es una QuestionnaireResponse</translation>
    </message>
    <message>
        <source>the saved answers cannot be read: {too_deep}</source>
        <translation>las respuestas guardadas no se pueden leer: {too_deep}</translation>
    </message>
    <message>
        <source>the saved answers cannot be read: their JSON {not_a_number}</source>
        <translation>las respuestas guardadas no se pueden leer: su JSON {not_a_number}</translation>
    </message>
    <message>
        <source>the saved answers do not fit this form: {problem}</source>
        <translation>las respuestas guardadas no corresponden a este formulario: {problem}</translation>
    </message>
    <message>
        <source>That form from the clinic&apos;s server can no longer be used here; nothing was changed.</source>
        <translation>Ese formulario del servidor de la clínica ya no se puede usar aquí; no se cambió nada.</translation>
    </message>
    <message>
        <source>That form is not one of desk&apos;s forms.</source>
        <translation>Ese formulario no es uno de los formularios de desk.</translation>
    </message>
    <message>
        <source>Choose at least one form to send.</source>
        <translation>Elija al menos un formulario para enviar.</translation>
    </message>
    <message>
        <source>That appointment is another patient&apos;s.</source>
        <translation>Esa cita es de otro paciente.</translation>
    </message>
    <message>
        <source>That form is no longer in use on the clinic&apos;s server; choose another.</source>
        <translation>Ese formulario ya no se usa en el servidor de la clínica; elija otro.</translation>
    </message>
    <message>
        <source>Forms can only be sent for an appointment that is booked or in progress.</source>
        <translation>Los formularios solo se pueden enviar para una cita programada o en curso.</translation>
    </message>
    <message>
        <source>That patient is not in the workspace.</source>
        <translation>Ese paciente no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The forms are not available in that language; choose one of {value}.</source>
        <translation>Los formularios no están disponibles en ese idioma; elija uno de {value}.</translation>
    </message>
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
        <translation>Este código de llegada se anuló. Pida uno nuevo en recepción.</translation>
    </message>
    <message>
        <source>The forms for this check-in code are already completed. Thank you!</source>
        <translation>Los formularios de este código de llegada ya están completados. ¡Gracias!</translation>
    </message>
    <message>
        <source>This check-in code has expired. Please ask at the front desk for a new one.</source>
        <translation>Este código de llegada ha caducado. Pida uno nuevo en recepción.</translation>
    </message>
    <message>
        <source>This check-in code is no longer valid for its appointment. Please ask at the front desk.</source>
        <translation>Este código de llegada ya no es válido para su cita. Pregunte en recepción.</translation>
    </message>
    <message>
        <source>Those forms are no longer waiting; ask at the front desk.</source>
        <translation>Esos formularios ya no están pendientes; pregunte en recepción.</translation>
    </message>
    <message>
        <source>This form was already completed or withdrawn; nothing was changed.</source>
        <translation>Este formulario ya se completó o se retiró; no se cambió nada.</translation>
    </message>
    <message>
        <source>These are not answers to a form; nothing was saved.</source>
        <translation>Estas no son respuestas a un formulario; no se guardó nada.</translation>
    </message>
    <message>
        <source>The form is not finished yet; nothing was saved.</source>
        <translation>El formulario aún no está terminado; no se guardó nada.</translation>
    </message>
    <message>
        <source>These answers belong to another form; nothing was saved.</source>
        <translation>Estas respuestas pertenecen a otro formulario; no se guardó nada.</translation>
    </message>
    <message>
        <source>Those forms are not in the workspace.</source>
        <translation>Esos formularios no están en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>These forms have no printout yet.</source>
        <translation>Estos formularios aún no tienen versión impresa.</translation>
    </message>
    <message>
        <source>We could not find forms for you today. Please check what you typed, or ask at the front desk.</source>
        <translation>No encontramos formularios para usted hoy. Revise lo que escribió o pregunte en recepción.</translation>
    </message>
    <message>
        <source>Too many codes were not right. Please wait {seconds} seconds, or ask at the front desk.</source>
        <translation>Demasiados códigos incorrectos. Espere {seconds} segundos o pregunte en recepción.</translation>
    </message>
    <message>
        <source>The kiosk PIN must be {low} to {high} digits.</source>
        <translation>El PIN del quiosco debe tener de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <source>Print between 1 and {most} labels at a time.</source>
        <translation>Imprima entre 1 y {most} etiquetas a la vez.</translation>
    </message>
    <message>
        <source>Only details missing from the record you keep can be copied from the other record.</source>
        <translation>Solo se pueden copiar del otro registro los datos que faltan en el registro que se conserva.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself. Choose two different records.</source>
        <translation>Un registro no se puede fusionar consigo mismo. Elija dos registros diferentes.</translation>
    </message>
    <message>
        <source>One of these records is no longer in the workspace.</source>
        <translation>Uno de estos registros ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>One of these records was already merged into another record. Search again and merge the record that was kept.</source>
        <translation>Uno de estos registros ya se fusionó con otro. Busque de nuevo y fusione el registro que se conservó.</translation>
    </message>
    <message>
        <source>The record&apos;s files cannot be moved without the workspace&apos;s file store.</source>
        <translation>Los archivos del registro no se pueden mover sin el almacén de archivos del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s family name and given name.</source>
        <translation>Escriba los apellidos y el nombre del paciente.</translation>
    </message>
    <message>
        <source>Sex must be one of: {value}.</source>
        <translation>El sexo debe ser uno de estos: {value}.</translation>
    </message>
    <message>
        <source>That patient is no longer in the workspace.</source>
        <translation>Ese paciente ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The date of birth on the form is not a date.</source>
        <translation>La fecha de nacimiento del formulario no es una fecha.</translation>
    </message>
    <message>
        <source>Unknown appointment state {state!r}.</source>
        <translation>Estado de cita desconocido {state!r}.</translation>
    </message>
    <message>
        <source>This patient has an appointment today at {at}: check them in on the Today board instead.</source>
        <translation>Este paciente tiene una cita hoy a las {at}: registre su llegada en el tablero de hoy.</translation>
    </message>
    <message>
        <source>This patient is already checked in today (the {at} visit).</source>
        <translation>La llegada de este paciente ya está registrada hoy (la cita de las {at}).</translation>
    </message>
    <message>
        <source>An appointment that is {was} cannot become {wanted}.</source>
        <translation>Una cita en estado {was} no puede pasar a {wanted}.</translation>
    </message>
    <message>
        <source>That appointment is not in the workspace.</source>
        <translation>Esa cita no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The patient search index could not be created in the database.</source>
        <translation>No se pudo crear el índice de búsqueda de pacientes en la base de datos.</translation>
    </message>
    <message>
        <source>No forms are waiting at the kiosk for this appointment. Send forms first.</source>
        <translation>No hay formularios esperando en el quiosco para esta cita. Envíe primero los formularios.</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
    <message>
        <source>Unknown role {role!r}.</source>
        <translation>Rol desconocido {role!r}.</translation>
    </message>
    <message>
        <source>The password must be at least {min_password} characters long.</source>
        <translation>La contraseña debe tener al menos {min_password} caracteres.</translation>
    </message>
    <message>
        <source>That user name is taken.</source>
        <translation>Ese nombre de usuario ya existe.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n minute(s). An administrator can unlock it sooner.</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante %n minuto. Un administrador puede desbloquearla antes.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante %n minutos. Un administrador puede desbloquearla antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown language {language!r}.</source>
        <translation>Idioma desconocido {language!r}.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end ({file}) was altered.</source>
        <translation>El registro del final del registro de auditoría ({file}) fue alterado.</translation>
    </message>
    <message>
        <source>The record of the audit log&apos;s end was altered.</source>
        <translation>El registro del final del registro de auditoría fue alterado.</translation>
    </message>
    <message>
        <source>{out} already exists; name a new file for the backup.</source>
        <translation>{out} ya existe; indique un nombre de archivo nuevo para la copia de seguridad.</translation>
    </message>
    <message>
        <source>This workspace has no recovery passphrase, so a backup of it could only be restored on this computer. Set one first: desk workspace recovery set.</source>
        <translation>Este espacio de trabajo no tiene frase de recuperación, así que una copia de seguridad solo se podría restaurar en este equipo. Defina una primero: desk workspace recovery set.</translation>
    </message>
    <message>
        <source>desk could not write the backup to {out} ({strerror}). Nothing was changed.</source>
        <translation>desk no pudo escribir la copia de seguridad en {out} ({strerror}). No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no file {archive_path}.</source>
        <translation>No existe el archivo {archive_path}.</translation>
    </message>
    <message>
        <source>{archive_path} is not a desk backup, or it is damaged.</source>
        <translation>{archive_path} no es una copia de seguridad de desk, o está dañada.</translation>
    </message>
    <message>
        <source>{archive_path} was made by a newer desk; install it to restore this backup.</source>
        <translation>{archive_path} se creó con un desk más reciente; instálelo para restaurar esta copia de seguridad.</translation>
    </message>
    <message>
        <source>desk could not restore {archive_path} into {path} ({value}). Nothing was changed.</source>
        <translation>desk no pudo restaurar {archive_path} en {path} ({value}). No se cambió nada.</translation>
    </message>
    <message>
        <source>the backup is damaged</source>
        <translation>la copia de seguridad está dañada</translation>
    </message>
    <message>
        <source>{archive_path} holds a file outside the workspace ({name}); it is not a desk backup. Nothing was changed.</source>
        <translation>{archive_path} contiene un archivo fuera del espacio de trabajo ({name}); no es una copia de seguridad de desk. No se cambió nada.</translation>
    </message>
    <message>
        <source>The key of this backup&apos;s workspace is not in this computer&apos;s key store: enter the workspace&apos;s recovery passphrase.</source>
        <translation>La clave del espacio de trabajo de esta copia no está en el almacén de claves de este equipo: escriba la frase de recuperación del espacio de trabajo.</translation>
    </message>
    <message>
        <source>That file is not in the workspace.</source>
        <translation>Ese archivo no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>A stored file is missing from the workspace.</source>
        <translation>Falta un archivo guardado en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>A stored file is damaged or was altered; it cannot be opened.</source>
        <translation>Un archivo guardado está dañado o fue alterado; no se puede abrir.</translation>
    </message>
    <message>
        <source>The disk is full, so the file was not saved. Free some space and try again.</source>
        <translation>El disco está lleno, así que el archivo no se guardó. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>desk cannot write to the workspace folder.</source>
        <translation>desk no puede escribir en la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace database is not encrypted; desk will not open it.</source>
        <translation>La base de datos del espacio de trabajo no está cifrada; desk no la abrirá.</translation>
    </message>
    <message>
        <source>The disk holding the workspace is full, so desk cannot open it. Free some space on it ({parent}) and start desk again; nothing was lost.</source>
        <translation>El disco del espacio de trabajo está lleno, así que desk no puede abrirlo. Libere espacio en él ({parent}) y vuelva a iniciar desk; no se perdió nada.</translation>
    </message>
    <message>
        <source>The workspace database could not be opened: the key does not match or the file is damaged. Nothing was changed.</source>
        <translation>No se pudo abrir la base de datos del espacio de trabajo: la clave no coincide o el archivo está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again; nothing already saved was lost.</source>
        <translation>El disco está lleno, así que el cambio no se guardó. Libere espacio e inténtelo de nuevo; no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>desk cannot write to the workspace folder. Ask IT to check its permissions; nothing was changed.</source>
        <translation>desk no puede escribir en la carpeta del espacio de trabajo. Pida a informática que revise sus permisos; no se cambió nada.</translation>
    </message>
    <message>
        <source>The workspace database is damaged, so nothing was changed. Ask IT to restore it before more work is done here.</source>
        <translation>La base de datos del espacio de trabajo está dañada, así que no se cambió nada. Pida a informática que la restaure antes de seguir trabajando aquí.</translation>
    </message>
    <message>
        <source>The workspace is busy; try again in a moment.</source>
        <translation>El espacio de trabajo está ocupado; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>No se pudo guardar el cambio. No se cambió nada.</translation>
    </message>
    <message>
        <source>desk could not copy the database to {parent} (is the disk full?). Nothing was changed.</source>
        <translation>desk no pudo copiar la base de datos en {parent} (¿está lleno el disco?). No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} is not encrypted; desk will not use it.</source>
        <translation>{path} no está cifrado; desk no lo usará.</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not open with the workspace key, or is damaged. Nothing was changed.</source>
        <translation>La base de datos de la copia no se abre con la clave del espacio de trabajo, o está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <source>The workspace&apos;s wrapped key is damaged; it cannot be opened with a passphrase. Restore workspace.toml from a backup.</source>
        <translation>La clave protegida del espacio de trabajo está dañada; no se puede abrir con una frase de contraseña. Restaure workspace.toml desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {min_passphrase} characters long; a few words make a good one.</source>
        <translation>La frase de contraseña debe tener al menos {min_passphrase} caracteres; unas cuantas palabras hacen una buena.</translation>
    </message>
    <message>
        <source>That passphrase is not right for this workspace.</source>
        <translation>Esa frase de contraseña no es la correcta para este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The system key store is not available.</source>
        <translation>El almacén de claves del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The system key store did not keep the secret.</source>
        <translation>El almacén de claves del sistema no guardó el secreto.</translation>
    </message>
    <message>
        <source>desk could not set up the new workspace database. Nothing was lost; send desk&apos;s log to support.</source>
        <translation>desk no pudo preparar la nueva base de datos del espacio de trabajo. No se perdió nada; envíe el registro de desk al soporte.</translation>
    </message>
    <message>
        <source>This workspace was last used by a newer desk: its data has schema version {current}, and this desk ({version}) knows versions up to {head}. Nothing was opened or changed. Install that newer desk again (or a later one) to use this workspace.</source>
        <translation>Este espacio de trabajo lo usó por última vez un desk más reciente: sus datos tienen la versión de esquema {current} y este desk ({version}) conoce versiones hasta la {head}. No se abrió ni se cambió nada. Vuelva a instalar ese desk más reciente (o uno posterior) para usar este espacio de trabajo.</translation>
    </message>
    <message>
        <source>desk could not upgrade the workspace database from schema version {current} to {head}, nor put back the copy it made before: that copy is safe in {backup}. Ask IT to copy it over {db_path}, then use the previous desk until support has seen desk&apos;s log.</source>
        <translation>desk no pudo actualizar la base de datos del espacio de trabajo de la versión de esquema {current} a la {head}, ni restaurar la copia que hizo antes: esa copia está a salvo en {backup}. Pida a informática que la copie sobre {db_path} y use el desk anterior hasta que el soporte haya visto el registro de desk.</translation>
    </message>
    <message>
        <source>desk could not upgrade the workspace database from schema version {current} to {head}, so it put back the copy it made just before ({backup}): nothing was lost. Use the previous desk until support has seen desk&apos;s log.</source>
        <translation>desk no pudo actualizar la base de datos del espacio de trabajo de la versión de esquema {current} a la {head}, así que restauró la copia que hizo justo antes ({backup}): no se perdió nada. Use el desk anterior hasta que el soporte haya visto el registro de desk.</translation>
    </message>
    <message>
        <source>The setting intake.forms_by_reason needs &quot;reason: form, form; ...&quot;, not {rule!r}.</source>
        <translation>El ajuste intake.forms_by_reason necesita &quot;reason: form, form; ...&quot;, no {rule!r}.</translation>
    </message>
    <message>
        <source>This workspace has no recovery passphrase ({file} is not in {folder}), so its key cannot be recovered. Nothing was changed.</source>
        <translation>Este espacio de trabajo no tiene frase de recuperación ({file} no está en {folder}), así que su clave no se puede recuperar. No se cambió nada.</translation>
    </message>
    <message>
        <source>That recovery passphrase is not right for this workspace. Nothing was changed.</source>
        <translation>Esa frase de recuperación no es la correcta para este espacio de trabajo. No se cambió nada.</translation>
    </message>
    <message>
        <source>must be an AE title: 1 to 16 letters, digits or spaces</source>
        <translation>debe ser un título AE: de 1 a 16 letras, dígitos o espacios</translation>
    </message>
    <message>
        <source>The settings file {extra_file} given to --config does not exist.</source>
        <translation>El archivo de configuración {extra_file} indicado en --config no existe.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {err}</source>
        <translation>El archivo de configuración {path} no se puede leer: {err}</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: it is not UTF-8 text.</source>
        <translation>El archivo de configuración {path} no se puede leer: no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {too_deep}.</source>
        <translation>El archivo de configuración {path} no se puede leer: {too_deep}.</translation>
    </message>
    <message>
        <source>The settings file {path} is for a newer desk (version {version}).</source>
        <translation>El archivo de configuración {path} es para un desk más reciente (versión {version}).</translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, not {item!r}.</source>
        <translation>--set necesita CLAVE=VALOR, no {item!r}.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso (true o false)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The setting {name} from {source} {problem}.</source>
        <translation>El ajuste {name} de {source} {problem}.</translation>
    </message>
    <message>
        <source>The setting {name} from {source} {problem}, not {value}.</source>
        <translation>El ajuste {name} de {source} {problem}, no {value}.</translation>
    </message>
    <message>
        <source>The setting {name} from {source} must be {kind}.</source>
        <translation>El ajuste {name} de {source} debe ser {kind}.</translation>
    </message>
    <message>
        <source>The setting {name} from {source} must be {kind}, not {value}.</source>
        <translation>El ajuste {name} de {source} debe ser {kind}, no {value}.</translation>
    </message>
    <message>
        <source>There is no desk workspace in {path}.</source>
        <translation>No hay ningún espacio de trabajo de desk en {path}.</translation>
    </message>
    <message>
        <source>The workspace description in {path} is damaged.</source>
        <translation>La descripción del espacio de trabajo en {path} está dañada.</translation>
    </message>
    <message>
        <source>This workspace was made by a newer desk: its description has format {value}, and this desk reads formats up to {format}. Nothing was opened or changed. Install that newer desk again (or a later one) to use this workspace.</source>
        <translation>Este espacio de trabajo se creó con un desk más reciente: su descripción tiene el formato {value} y este desk lee formatos hasta el {format}. No se abrió ni se cambió nada. Vuelva a instalar ese desk más reciente (o uno posterior) para usar este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace description in {path} is incomplete.</source>
        <translation>La descripción del espacio de trabajo en {path} está incompleta.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase to open it.</source>
        <translation>Escriba la frase de contraseña del espacio de trabajo para abrirlo.</translation>
    </message>
    <message>
        <source>The key for this workspace is not in this computer&apos;s key store. Ask IT to restore it (desk workspace recover).</source>
        <translation>La clave de este espacio de trabajo no está en el almacén de claves de este equipo. Pida a informática que la restaure (desk workspace recover).</translation>
    </message>
    <message>
        <source>A workspace already exists in {path}.</source>
        <translation>Ya existe un espacio de trabajo en {path}.</translation>
    </message>
    <message>
        <source>desk could not remove all of {path}; remove what is left by hand, with desk closed.</source>
        <translation>desk no pudo eliminar todo {path}; elimine lo que queda a mano, con desk cerrado.</translation>
    </message>
    <message>
        <source>This computer has no usable key store. An administrator must choose a passphrase that protects the workspace.</source>
        <translation>Este equipo no tiene un almacén de claves utilizable. Un administrador debe elegir una frase de contraseña que proteja el espacio de trabajo.</translation>
    </message>
    <message>
        <source>This workspace&apos;s key cannot go into this computer&apos;s key store (there is none, or the workspace opens with a passphrase): choose a new workspace passphrase.</source>
        <translation>La clave de este espacio de trabajo no puede ir al almacén de claves de este equipo (no hay ninguno, o el espacio de trabajo se abre con una frase de contraseña): elija una nueva frase de contraseña para el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The disk is full; the workspace was not created.</source>
        <translation>El disco está lleno; no se creó el espacio de trabajo.</translation>
    </message>
    <message>
        <source>desk cannot write to {path}. Choose another folder or ask IT to check its permissions.</source>
        <translation>desk no puede escribir en {path}. Elija otra carpeta o pida a informática que revise sus permisos.</translation>
    </message>
    <message>
        <source>The clinic server refused desk&apos;s sign-in. Ask IT to check the client credentials.</source>
        <translation>El servidor de la clínica rechazó el inicio de sesión de desk. Pida a informática que revise las credenciales del cliente.</translation>
    </message>
    <message>
        <source>The sign-in service sent an answer desk cannot read.</source>
        <translation>El servicio de inicio de sesión envió una respuesta que desk no puede leer.</translation>
    </message>
    <message>
        <source>This record waits for another record to reach the server first.</source>
        <translation>Este registro espera a que otro registro llegue primero al servidor.</translation>
    </message>
    <message>
        <source>The clinic server sent an answer desk cannot read. desk will try again later.</source>
        <translation>El servidor de la clínica envió una respuesta que desk no puede leer. desk lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The clinic server sent an answer desk cannot read.</source>
        <translation>El servidor de la clínica envió una respuesta que desk no puede leer.</translation>
    </message>
    <message>
        <source>The clinic server refused this record.</source>
        <translation>El servidor de la clínica rechazó este registro.</translation>
    </message>
    <message>
        <source>Someone else changed this record on the server at the same time.</source>
        <translation>Otra persona cambió este registro en el servidor al mismo tiempo.</translation>
    </message>
    <message>
        <source>The clinic server had a problem with this record.</source>
        <translation>El servidor de la clínica tuvo un problema con este registro.</translation>
    </message>
    <message>
        <source>desk tried to update a record without its server id.</source>
        <translation>desk intentó actualizar un registro sin su id del servidor.</translation>
    </message>
    <message>
        <source>desk tried to send something that is not a bundle.</source>
        <translation>desk intentó enviar algo que no es un lote (bundle).</translation>
    </message>
    <message>
        <source>The server&apos;s result pages go round in a circle.</source>
        <translation>Las páginas de resultados del servidor dan vueltas en círculo.</translation>
    </message>
    <message>
        <source>The clinic server is busy. desk will try again later.</source>
        <translation>El servidor de la clínica está ocupado. desk lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The clinic server did not answer in time.</source>
        <translation>El servidor de la clínica no respondió a tiempo.</translation>
    </message>
    <message>
        <source>desk does not trust the clinic server&apos;s certificate. Ask IT to check the server address and the clinic&apos;s certificate authority (server.ca_bundle).</source>
        <translation>desk no confía en el certificado del servidor de la clínica. Pida a informática que revise la dirección del servidor y la autoridad de certificación de la clínica (server.ca_bundle).</translation>
    </message>
    <message>
        <source>desk cannot reach the clinic server. Work continues offline and will be sent later.</source>
        <translation>desk no puede conectar con el servidor de la clínica. El trabajo continúa sin conexión y se enviará más tarde.</translation>
    </message>
    <message>
        <source>The server pointed desk to another address for the next page.</source>
        <translation>El servidor envió a desk a otra dirección para la página siguiente.</translation>
    </message>
    <message>
        <source>desk tried to send a record of no known type.</source>
        <translation>desk intentó enviar un registro de un tipo desconocido.</translation>
    </message>
    <message>
        <source>No server address is set. Set server.url (or DESK_SERVER_URL).</source>
        <translation>No hay ninguna dirección de servidor. Defina server.url (o DESK_SERVER_URL).</translation>
    </message>
    <message>
        <source>desk is not signed in to the server: run &apos;desk server login&apos;.</source>
        <translation>desk no ha iniciado sesión en el servidor: ejecute &apos;desk server login&apos;.</translation>
    </message>
    <message>
        <source>No {what} was given; nothing was stored.</source>
        <translation>No se indicó ningún {what}; no se guardó nada.</translation>
    </message>
    <message>
        <source>That record has no open conflict.</source>
        <translation>Ese registro no tiene ningún conflicto abierto.</translation>
    </message>
    <message>
        <source>This record changed again while you chose. Look at it again and choose.</source>
        <translation>Este registro volvió a cambiar mientras elegía. Revíselo de nuevo y elija.</translation>
    </message>
    <message>
        <source>desk is not signed in to the clinic server, or the sign-in has expired. Ask IT to sign desk in again.</source>
        <translation>desk no ha iniciado sesión en el servidor de la clínica, o la sesión ha caducado. Pida a informática que vuelva a iniciar la sesión de desk.</translation>
    </message>
    <message>
        <source>The record is not on the clinic server (it may have been removed).</source>
        <translation>El registro no está en el servidor de la clínica (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>The clinic server refused this record. Check it, correct it and it will be sent again.</source>
        <translation>El servidor de la clínica rechazó este registro. Revíselo, corríjalo y se volverá a enviar.</translation>
    </message>
    <message>
        <source>A record from the server has no id.</source>
        <translation>Un registro del servidor no tiene id.</translation>
    </message>
    <message>
        <source>The server sent something other than a {value}.</source>
        <translation>El servidor envió algo distinto de un elemento de tipo {value}.</translation>
    </message>
    <message>
        <source>An appointment from the server names no patient.</source>
        <translation>Una cita del servidor no indica ningún paciente.</translation>
    </message>
    <message>
        <source>An appointment from the server is for a patient desk does not know.</source>
        <translation>Una cita del servidor es para un paciente que desk no conoce.</translation>
    </message>
    <message>
        <source>An appointment from the server is malformed.</source>
        <translation>Una cita del servidor está mal formada.</translation>
    </message>
    <message>
        <source>A patient record from the server is malformed.</source>
        <translation>Un registro de paciente del servidor está mal formado.</translation>
    </message>
    <message>
        <source>An image says a name or other text may be burned into the picture (Burned In Annotation is YES), so no anonymised copy was written.</source>
        <translation>Una imagen indica que un nombre u otro texto puede estar grabado en la imagen (Burned In Annotation es YES), así que no se escribió ninguna copia anonimizada.</translation>
    </message>
    <message>
        <source>That folder cannot be opened. Check that the disc is in the drive.</source>
        <translation>No se puede abrir esa carpeta. Compruebe que el disco está en la unidad.</translation>
    </message>
    <message>
        <source>That folder holds more than {max_files:,} files; choose the disc or the folder with the patient&apos;s images.</source>
        <translation>Esa carpeta contiene más de {max_files:,} archivos; elija el disco o la carpeta con las imágenes del paciente.</translation>
    </message>
    <message>
        <source>Part of the disc cannot be read. Clean the disc or try another drive.</source>
        <translation>No se puede leer parte del disco. Limpie el disco o pruebe con otra unidad.</translation>
    </message>
    <message>
        <source>No study with this Study Instance UID is on this computer.</source>
        <translation>No hay ningún estudio con este Study Instance UID en este equipo.</translation>
    </message>
    <message>
        <source>The folder {out} is not empty; choose a new or empty folder.</source>
        <translation>La carpeta {out} no está vacía; elija una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>The folder {out} could not be made ({strerror}).</source>
        <translation>No se pudo crear la carpeta {out} ({strerror}).</translation>
    </message>
    <message>
        <source>This image is damaged and cannot be shown.</source>
        <translation>Esta imagen está dañada y no se puede mostrar.</translation>
    </message>
    <message>
        <source>These images are no longer on this computer.</source>
        <translation>Estas imágenes ya no están en este equipo.</translation>
    </message>
    <message>
        <source>An image on the disc could not be read, so nothing was imported. Check that the disc is still in the drive and try again.</source>
        <translation>No se pudo leer una imagen del disco, así que no se importó nada. Compruebe que el disco sigue en la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No PACS is set up on this workstation. Set pacs.host (or pacs.dicomweb_url with pacs.protocol = &quot;dicomweb&quot;).</source>
        <translation>No hay ningún PACS configurado en este puesto. Defina pacs.host (o pacs.dicomweb_url con pacs.protocol = &quot;dicomweb&quot;).</translation>
    </message>
    <message>
        <source>No password was given; nothing was stored.</source>
        <translation>No se indicó ninguna contraseña; no se guardó nada.</translation>
    </message>
    <message>
        <source>desk has no password for the PACS. Ask IT to store it.</source>
        <translation>desk no tiene contraseña para el PACS. Pida a informática que la guarde.</translation>
    </message>
    <message>
        <source>No PACS is set up on this workstation. Set pacs.dicomweb_url.</source>
        <translation>No hay ningún PACS configurado en este puesto. Defina pacs.dicomweb_url.</translation>
    </message>
    <message>
        <source>desk cannot reach the image archive (PACS). Check the network; images already on this computer still open.</source>
        <translation>desk no puede conectar con el archivo de imágenes (PACS). Revise la red; las imágenes que ya están en este equipo se siguen abriendo.</translation>
    </message>
    <message>
        <source>The image archive (PACS) refused desk&apos;s sign-in. Ask IT to check the PACS user name and password.</source>
        <translation>El archivo de imágenes (PACS) rechazó el inicio de sesión de desk. Pida a informática que revise el usuario y la contraseña del PACS.</translation>
    </message>
    <message>
        <source>desk does not trust the image archive&apos;s certificate. Ask IT to check the PACS address and the clinic&apos;s certificate authority (server.ca_bundle).</source>
        <translation>desk no confía en el certificado del archivo de imágenes. Pida a informática que revise la dirección del PACS y la autoridad de certificación de la clínica (server.ca_bundle).</translation>
    </message>
    <message>
        <source>The clinic&apos;s certificate authority file (server.ca_bundle) cannot be read.</source>
        <translation>No se puede leer el archivo de la autoridad de certificación de la clínica (server.ca_bundle).</translation>
    </message>
    <message>
        <source>The image archive (PACS) kept {kept} of the {sent} images sent. Try again; if it keeps happening, tell IT.</source>
        <translation>El archivo de imágenes (PACS) guardó {kept} de las {sent} imágenes enviadas. Inténtelo de nuevo; si sigue pasando, avise a informática.</translation>
    </message>
    <message>
        <source>The image archive (PACS) no longer has these images.</source>
        <translation>El archivo de imágenes (PACS) ya no tiene estas imágenes.</translation>
    </message>
    <message>
        <source>The image archive (PACS) failed to answer (error {status}). Try again later.</source>
        <translation>El archivo de imágenes (PACS) no pudo responder (error {status}). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>desk cannot receive images on port {move_port}: another program uses it. Ask IT to set pacs.move_port to a free port.</source>
        <translation>desk no puede recibir imágenes en el puerto {move_port}: otro programa lo usa. Pida a informática que ponga en pacs.move_port un puerto libre.</translation>
    </message>
    <message>
        <source>These images are of too many kinds to send at once.</source>
        <translation>Estas imágenes son de demasiados tipos para enviarlas a la vez.</translation>
    </message>
    <message>
        <source>desk cannot reach the image archive (PACS). Check the network and the PACS settings (host, port, AE titles, TLS); images already on this computer still open.</source>
        <translation>desk no puede conectar con el archivo de imágenes (PACS). Revise la red y los ajustes del PACS (host, puerto, títulos AE, TLS); las imágenes que ya están en este equipo se siguen abriendo.</translation>
    </message>
    <message>
        <source>The image archive (PACS) did not send every image of the study, so none was kept. Try again later.</source>
        <translation>El archivo de imágenes (PACS) no envió todas las imágenes del estudio, así que no se guardó ninguna. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The image archive (PACS) refused the request (status 0x{code:04X}). Ask IT to check the PACS settings.</source>
        <translation>El archivo de imágenes (PACS) rechazó la solicitud (estado 0x{code:04X}). Pida a informática que revise los ajustes del PACS.</translation>
    </message>
    <message>
        <source>The image archive (PACS) refused an image (status 0x{code:04X}). Ask IT to check the PACS settings.</source>
        <translation>El archivo de imágenes (PACS) rechazó una imagen (estado 0x{code:04X}). Pida a informática que revise los ajustes del PACS.</translation>
    </message>
    <message>
        <source>These images are not in this patient&apos;s chart.</source>
        <translation>Estas imágenes no están en la historia de este paciente.</translation>
    </message>
    <message>
        <source>These images came from the image archive (PACS): they are there already.</source>
        <translation>Estas imágenes vinieron del archivo de imágenes (PACS): ya están allí.</translation>
    </message>
    <message>
        <source>This patient has no record number yet, so the image archive could not file the images under it. Sync the patient first, then retry.</source>
        <translation>Este paciente aún no tiene número de historia, así que el archivo de imágenes no pudo archivar las imágenes con él. Sincronice primero al paciente y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This study is too large to fetch from the image archive in one go (over 2 GB); nothing of it was kept.</source>
        <translation>Este estudio es demasiado grande para traerlo del archivo de imágenes de una vez (más de 2 GB); no se guardó nada de él.</translation>
    </message>
    <message>
        <source>The image archive (PACS) sent images of another patient or study, so none was kept. Tell IT.</source>
        <translation>El archivo de imágenes (PACS) envió imágenes de otro paciente o estudio, así que no se guardó ninguna. Avise a informática.</translation>
    </message>
    <message>
        <source>The image archive (PACS) sent an answer desk cannot read. Try again; if it keeps happening, tell IT.</source>
        <translation>El archivo de imágenes (PACS) envió una respuesta que desk no puede leer. Inténtelo de nuevo; si sigue pasando, avise a informática.</translation>
    </message>
    <message>
        <source>This patient has no identifier the image archive knows, so their studies cannot be looked up.</source>
        <translation>Este paciente no tiene ningún identificador que el archivo de imágenes conozca, así que no se pueden buscar sus estudios.</translation>
    </message>
    <message>
        <source>This image cannot be shown: its pixel data is damaged or compressed in a way desk cannot read.</source>
        <translation>Esta imagen no se puede mostrar: sus datos de píxeles están dañados o comprimidos de una forma que desk no puede leer.</translation>
    </message>
    <message>
        <source>This image cannot be shown: {problem}.</source>
        <translation>Esta imagen no se puede mostrar: {problem}.</translation>
    </message>
    <message>
        <source>This image cannot be shown: {claim}.</source>
        <translation>Esta imagen no se puede mostrar: {claim}.</translation>
    </message>
    <message>
        <source>Standard input ended before the passphrase; nothing was changed.</source>
        <translation>La entrada estándar terminó antes de la frase de contraseña; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The two recovery passphrases are not the same; nothing was changed.</source>
        <translation>Las dos frases de recuperación no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The two workspace passphrases are not the same; nothing was changed.</source>
        <translation>Las dos frases de contraseña del espacio de trabajo no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>No confirmado; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DiscReason</name>
    <message>
        <source>it is compressed as 12-bit JPEG (JPEG Extended), which desk cannot decode</source>
        <translation>está comprimido en JPEG de 12 bits (JPEG Extended), que desk no puede decodificar</translation>
    </message>
    <message>
        <source>its header gives the image no size</source>
        <translation>su cabecera no da tamaño a la imagen</translation>
    </message>
    <message>
        <source>it is too large to show ({columns} × {rows} pixels)</source>
        <translation>es demasiado grande para mostrarse ({columns} × {rows} píxeles)</translation>
    </message>
    <message>
        <source>its pixel data is shorter than the image (the file is cut short)</source>
        <translation>sus datos de píxeles son más cortos que la imagen (el archivo está cortado)</translation>
    </message>
    <message>
        <source>it claims {frames} frames but holds {held}</source>
        <translation>dice tener {frames} fotogramas pero contiene {held}</translation>
    </message>
    <message>
        <source>its compressed data holds a larger image ({columns} × {rows} pixels) than its header says</source>
        <translation>sus datos comprimidos contienen una imagen mayor ({columns} × {rows} píxeles) de lo que dice su cabecera</translation>
    </message>
    <message>
        <source>it is a link to a file outside the chosen folder, so it was not opened</source>
        <translation>es un enlace a un archivo fuera de la carpeta elegida, así que no se abrió</translation>
    </message>
    <message>
        <source>it is larger than 1 GB, more than an image desk can keep</source>
        <translation>ocupa más de 1 GB, más de lo que desk puede guardar para una imagen</translation>
    </message>
    <message>
        <source>it could not be read from the disc</source>
        <translation>no se pudo leer del disco</translation>
    </message>
    <message>
        <source>it is too large to read on this computer</source>
        <translation>es demasiado grande para leerse en este ordenador</translation>
    </message>
    <message>
        <source>it is damaged and cannot be read as a DICOM file</source>
        <translation>está dañado y no se puede leer como archivo DICOM</translation>
    </message>
    <message>
        <source>it is damaged: its header nests sequences too deeply to read</source>
        <translation>está dañado: su cabecera anida secuencias demasiado profundamente para leerla</translation>
    </message>
    <message>
        <source>another image on the disc has the same image ID (SOP Instance UID); only the first was kept</source>
        <translation>otra imagen del disco tiene el mismo identificador de imagen (SOP Instance UID); solo se guardó la primera</translation>
    </message>
</context>
<context>
    <name>DisplayMenu</name>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Large text, high contrast and your language</source>
        <translation>Texto grande, alto contraste y su idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>This computer&apos;s default</source>
        <translation>El de este equipo</translation>
    </message>
</context>
<context>
    <name>DuplicateList</name>
    <message>
        <source>None of these is the patient: register a new record</source>
        <translation>Ninguna de estas fichas es del paciente: registrar una ficha nueva</translation>
    </message>
    <message>
        <source>Is this one of these patients?</source>
        <translation>¿Es uno de estos pacientes?</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>sin fecha de nacimiento</translation>
    </message>
    <message>
        <source>{name}, {born}: {reasons}</source>
        <translation>{name}, {born}: {reasons}</translation>
    </message>
    <message>
        <source>Open this patient</source>
        <translation>Abrir esta ficha</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Abrir {name}</translation>
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
    <name>FormDefinition</name>
    <message>
        <source>its JSON is nested more than {depth} levels deep</source>
        <translation>su JSON está anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>holds NaN or Infinity, which is not a number JSON allows</source>
        <translation>contiene NaN o Infinity, que no son números admitidos en JSON</translation>
    </message>
    <message>
        <source>item {number}</source>
        <translation>elemento {number}</translation>
    </message>
    <message>
        <source>item {number} under {parent!r}</source>
        <translation>elemento {number} dentro de {parent!r}</translation>
    </message>
    <message>
        <source>{place} has no linkId</source>
        <translation>{place} no tiene linkId</translation>
    </message>
    <message>
        <source>{place} has a linkId that is not text</source>
        <translation>{place} tiene un linkId que no es un texto</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list</source>
        <translation>&apos;{key}&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>has an extension without a url</source>
        <translation>tiene una extensión sin url</translation>
    </message>
    <message>
        <source>extension {url} has an &apos;extension&apos; that is not a list</source>
        <translation>la extensión {url} tiene un &apos;extension&apos; que no es una lista</translation>
    </message>
    <message>
        <source>an element has the wrong JSON type (for example a list where text or an object was expected)</source>
        <translation>un valor tiene un tipo JSON incorrecto (por ejemplo, una lista donde se esperaba un texto o un objeto)</translation>
    </message>
    <message>
        <source>is not a valid date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>is not a valid datetime</source>
        <translation>no es una fecha y hora válida</translation>
    </message>
    <message>
        <source>is not a valid time</source>
        <translation>no es una hora válida</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>no es ni true ni false</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>no es un texto</translation>
    </message>
    <message>
        <source>{key} is not an answer type</source>
        <translation>{key} no es un tipo de respuesta</translation>
    </message>
    <message>
        <source>an {type} item</source>
        <translation>un elemento de tipo {type}</translation>
    </message>
    <message>
        <source>a {type} item</source>
        <translation>un elemento de tipo {type}</translation>
    </message>
    <message>
        <source>is not an {type}</source>
        <translation>no es un {type}</translation>
    </message>
    <message>
        <source>is not a {type}</source>
        <translation>no es un {type}</translation>
    </message>
    <message>
        <source>{problem} (unknown element {name!r})</source>
        <translation>{problem} (elemento desconocido {name!r})</translation>
    </message>
    <message>
        <source>has an invalid {name}</source>
        <translation>tiene un {name} no válido</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>the form {not_a_number}</source>
        <translation>el formulario {not_a_number}</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>not valid JSON at line {line}</source>
        <translation>JSON no válido en la línea {line}</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>is nested more than {depth} levels deep</source>
        <translation>está anidado en más de {depth} niveles</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>resourceType is {found!r}, expected &apos;Questionnaire&apos;</source>
        <translation>resourceType es {found!r}, se esperaba &apos;Questionnaire&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text</source>
        <translation>&apos;{key}&apos; debe ser un texto</translation>
    </message>
    <message>
        <source>status {status!r} is not a Questionnaire status</source>
        <translation>el estado {status!r} no es un estado de Questionnaire</translation>
    </message>
    <message>
        <source>&apos;item&apos; must be a list</source>
        <translation>&apos;item&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>has an item that is not a JSON object</source>
        <translation>contiene un elemento que no es un objeto JSON</translation>
    </message>
    <message>
        <source>has an item without a linkId</source>
        <translation>contiene un elemento sin linkId</translation>
    </message>
    <message>
        <source>linkId is used by more than one item</source>
        <translation>este linkId lo usa más de un elemento</translation>
    </message>
    <message>
        <source>type {kind!r} is not one of the 16 FHIR R4 item types</source>
        <translation>el tipo {kind!r} no es uno de los 16 tipos de elemento de FHIR R4</translation>
    </message>
    <message>
        <source>a display item cannot be required or repeat</source>
        <translation>un elemento display no puede ser obligatorio ni repetirse</translation>
    </message>
    <message>
        <source>a display item cannot contain other items</source>
        <translation>un elemento display no puede contener otros elementos</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>&apos;{key}&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>has both enableWhen and enableWhenExpression</source>
        <translation>tiene a la vez enableWhen y enableWhenExpression</translation>
    </message>
    <message>
        <source>{item} cannot have a calculated or initial value</source>
        <translation>{item} no puede tener un valor calculado ni inicial</translation>
    </message>
    <message>
        <source>an expression extension has no expression text</source>
        <translation>una extensión de expresión no tiene el texto de la expresión</translation>
    </message>
    <message>
        <source>an expression has a language or name that is not text</source>
        <translation>una expresión tiene un lenguaje o un nombre que no es un texto</translation>
    </message>
    <message>
        <source>a variable has no name</source>
        <translation>una variable no tiene nombre</translation>
    </message>
    <message>
        <source>expression language {language} is ignored</source>
        <translation>se ignora el lenguaje de expresión {language}</translation>
    </message>
    <message>
        <source>expression {expression!r} calls {names}, which desk does not know: it will stay empty</source>
        <translation>la expresión {expression!r} llama a {names}, que desk no conoce: quedará vacía</translation>
    </message>
    <message>
        <source>enableWhen refers to unknown item {question!r}</source>
        <translation>enableWhen remite a un elemento desconocido, {question!r}</translation>
    </message>
    <message>
        <source>enableWhen &apos;exists&apos; needs answerBoolean</source>
        <translation>enableWhen &apos;exists&apos; necesita answerBoolean</translation>
    </message>
    <message>
        <source>enableWhen refers to {question!r}, {item}</source>
        <translation>enableWhen remite a {question!r}, {item}</translation>
    </message>
    <message>
        <source>enableWhen {key} cannot be compared with {question!r}, {item}</source>
        <translation>enableWhen {key} no se puede comparar con {question!r}, {item}</translation>
    </message>
    <message>
        <source>operator {operator} cannot compare {key}</source>
        <translation>el operador {operator} no puede comparar {key}</translation>
    </message>
    <message>
        <source>enableWhen conditions form a cycle: {cycle} (each is decided from the others&apos; state before the last answer)</source>
        <translation>las condiciones enableWhen forman un ciclo: {cycle} (cada una se decide según el estado de las demás antes de la última respuesta)</translation>
    </message>
    <message>
        <source>expression {expression!r} {error}</source>
        <translation>la expresión {expression!r} {error}</translation>
    </message>
    <message>
        <source>variable {name!r} {expression!r} {error}</source>
        <translation>la variable {name!r} {expression!r} {error}</translation>
    </message>
    <message>
        <source>item {item}: {problem}</source>
        <translation>elemento {item}: {problem}</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>problema desconocido</translation>
    </message>
    <message numerus="yes">
        <source>this form cannot be used: {problem} (and %n more)</source>
        <translation>
            <numerusform>este formulario no se puede usar: {problem} (y %n problema más)</numerusform>
            <numerusform>este formulario no se puede usar: {problem} (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>this form cannot be used: {problem}</source>
        <translation>este formulario no se puede usar: {problem}</translation>
    </message>
    <message>
        <source>does not parse ({error})</source>
        <translation>no se puede analizar ({error})</translation>
    </message>
    <message>
        <source>unexpected text after column {column}</source>
        <translation>texto inesperado después de la columna {column}</translation>
    </message>
    <message>
        <source>does not parse: {details}</source>
        <translation>no se puede analizar: {details}</translation>
    </message>
    <message>
        <source>is longer than {limit} characters</source>
        <translation>supera los {limit} caracteres</translation>
    </message>
    <message>
        <source>is nested too deeply to be read</source>
        <translation>está demasiado anidada para leerse</translation>
    </message>
    <message>
        <source>maxLength must be a positive whole number</source>
        <translation>maxLength debe ser un número entero positivo</translation>
    </message>
    <message>
        <source>the regex extension is not a valid regular expression</source>
        <translation>la extensión regex no es una expresión regular válida</translation>
    </message>
    <message>
        <source>{name} must be a whole number, 0 or more</source>
        <translation>{name} debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <source>{key} limit does not fit {item}</source>
        <translation>el límite {key} no corresponde a {item}</translation>
    </message>
    <message>
        <source>{key} limit {problem}</source>
        <translation>el límite {key} {problem}</translation>
    </message>
    <message>
        <source>an answerOption valueCoding is not an object</source>
        <translation>un valueCoding de answerOption no es un objeto</translation>
    </message>
    <message>
        <source>an answerOption has no value</source>
        <translation>un answerOption no tiene valor</translation>
    </message>
    <message>
        <source>answerOption {key} does not fit {item}</source>
        <translation>answerOption {key} no corresponde a {item}</translation>
    </message>
    <message>
        <source>answerOption {key} {problem}</source>
        <translation>answerOption {key} {problem}</translation>
    </message>
    <message>
        <source>has both answerOption and answerValueSet</source>
        <translation>tiene a la vez answerOption y answerValueSet</translation>
    </message>
    <message>
        <source>answerValueSet {value_set} names no contained ValueSet</source>
        <translation>answerValueSet {value_set} no remite a ningún ValueSet contenido</translation>
    </message>
    <message>
        <source>{value_set} has a coding that {problem}</source>
        <translation>{value_set} tiene un coding que {problem}</translation>
    </message>
    <message>
        <source>initial value {key} does not fit {item}</source>
        <translation>el valor inicial {key} no corresponde a {item}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>initial {key} {problem}</source>
        <translation>el valor inicial {key} {problem}</translation>
    </message>
    <message>
        <source>has several initial values but does not repeat</source>
        <translation>tiene varios valores iniciales pero no se repite</translation>
    </message>
    <message>
        <source>{item} cannot have an initial value</source>
        <translation>{item} no puede tener un valor inicial</translation>
    </message>
    <message>
        <source>an enableWhen is not an object</source>
        <translation>un enableWhen no es un objeto</translation>
    </message>
    <message>
        <source>enableWhen operator {operator!r} is unknown</source>
        <translation>el operador de enableWhen {operator!r} es desconocido</translation>
    </message>
    <message>
        <source>an enableWhen has no answer value</source>
        <translation>un enableWhen no tiene valor de respuesta</translation>
    </message>
    <message>
        <source>enableWhen {key} {problem}</source>
        <translation>enableWhen {key} {problem}</translation>
    </message>
    <message>
        <source>enableBehavior {behavior!r} is neither &apos;all&apos; nor &apos;any&apos;</source>
        <translation>enableBehavior {behavior!r} no es ni &apos;all&apos; ni &apos;any&apos;</translation>
    </message>
    <message>
        <source>has several enableWhen but no enableBehavior (all or any)</source>
        <translation>tiene varios enableWhen pero ningún enableBehavior (all o any)</translation>
    </message>
</context>
<context>
    <name>FormPdf</name>
    <message>
        <source>Page {n} of {m}</source>
        <translation>Página {n} de {m}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>FormResponse</name>
    <message>
        <source>&apos;item&apos; must be a list</source>
        <translation>&apos;item&apos; debe ser una lista</translation>
    </message>
    <message>
        <source>an item is not a JSON object</source>
        <translation>un elemento no es un objeto JSON</translation>
    </message>
    <message>
        <source>item {link_id!r} is not in this form at that place</source>
        <translation>el elemento {link_id!r} no está en ese lugar de este formulario</translation>
    </message>
    <message>
        <source>item {link_id!r}: &apos;answer&apos; must be a list</source>
        <translation>elemento {link_id!r}: «answer» debe ser una lista</translation>
    </message>
    <message>
        <source>item {link_id!r} {why}</source>
        <translation>el elemento {link_id!r} {why}</translation>
    </message>
    <message>
        <source>has an answer that is not a JSON object</source>
        <translation>tiene una respuesta que no es un objeto JSON</translation>
    </message>
    <message>
        <source>has an answer of the wrong type</source>
        <translation>tiene una respuesta del tipo equivocado</translation>
    </message>
    <message>
        <source>has an answer that is not valid: {key} {why}</source>
        <translation>tiene una respuesta no válida: {key} {why}</translation>
    </message>
    <message>
        <source>resourceType must be QuestionnaireResponse</source>
        <translation>resourceType debe ser QuestionnaireResponse</translation>
    </message>
    <message>
        <source>status {status!r} is not valid</source>
        <translation>el estado {status!r} no es válido</translation>
    </message>
    <message>
        <source>authored is not a valid dateTime</source>
        <translation>authored no es un dateTime válido</translation>
    </message>
    <message>
        <source>{key} is not a Reference</source>
        <translation>{key} no es una Reference</translation>
    </message>
    <message>
        <source>item must be a list</source>
        <translation>item debe ser una lista</translation>
    </message>
    <message>
        <source>an item has no linkId</source>
        <translation>un elemento no tiene linkId</translation>
    </message>
    <message>
        <source>item {link_id}: not in the questionnaire</source>
        <translation>elemento {link_id}: no está en el cuestionario</translation>
    </message>
    <message>
        <source>item {link_id}: has both answers and child items (qrs-1)</source>
        <translation>elemento {link_id}: tiene a la vez respuestas y elementos hijos (qrs-1)</translation>
    </message>
    <message>
        <source>item {link_id}: has several answers but does not repeat</source>
        <translation>elemento {link_id}: tiene varias respuestas pero no es repetible</translation>
    </message>
    <message>
        <source>item {link_id}: {an_item} cannot have answers</source>
        <translation>elemento {link_id}: {an_item} no puede tener respuestas</translation>
    </message>
    <message>
        <source>item {link_id}: required but has no answer</source>
        <translation>elemento {link_id}: obligatorio pero sin respuesta</translation>
    </message>
    <message>
        <source>item {link_id}: has neither answers nor child items</source>
        <translation>elemento {link_id}: no tiene respuestas ni elementos hijos</translation>
    </message>
    <message>
        <source>item {link_id}: an answer is not an object</source>
        <translation>elemento {link_id}: una respuesta no es un objeto</translation>
    </message>
    <message>
        <source>item {link_id}: an answer must hold exactly one value[x]</source>
        <translation>elemento {link_id}: una respuesta debe contener exactamente un value[x]</translation>
    </message>
    <message>
        <source>item {link_id}: {key} {why}</source>
        <translation>elemento {link_id}: {key} {why}</translation>
    </message>
    <message>
        <source>item {link_id}: {key} does not fit {an_item}</source>
        <translation>elemento {link_id}: {key} no corresponde a {an_item}</translation>
    </message>
    <message>
        <source>item {link_id}: the answer is not one of the item&apos;s options</source>
        <translation>elemento {link_id}: la respuesta no es una de las opciones del elemento</translation>
    </message>
</context>
<context>
    <name>FormState</name>
    <message>
        <source>Sent to kiosk</source>
        <translation>Enviado al quiosco</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Completado</translation>
    </message>
    <message numerus="yes">
        <source>{state} · %n change(s) to review</source>
        <translation>
            <numerusform>{state} · %n cambio por revisar</numerusform>
            <numerusform>{state} · %n cambios por revisar</numerusform>
        </translation>
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
        <source>Save form as PDF</source>
        <translation>Guardar el formulario como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
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
    <name>FormsModel</name>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{state} (page {page})</source>
        <translation>{state} (página {page})</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>No acudió</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>{modalities} · {series}, {images} · on this computer</source>
        <translation>{modalities} · {series}, {images} · en este ordenador</translation>
    </message>
    <message numerus="yes">
        <source>%n series</source>
        <translation>
            <numerusform>%n serie</numerusform>
            <numerusform>%n series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imaging study</source>
        <translation>Estudio de imagen</translation>
    </message>
    <message>
        <source>{series} series, {images} images</source>
        <translation>{series} series, {images} imágenes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not on this computer, and the image archive (PACS) does not list them for this patient: import the patient&apos;s disc from the chart to view them.</source>
        <translation>No están en este ordenador y el archivo de imágenes (PACS) no las lista para este paciente: importe el disco del paciente desde la historia para verlas.</translation>
    </message>
    <message>
        <source>Not on this computer: import the patient&apos;s disc from the chart to view them.</source>
        <translation>No están en este ordenador: importe el disco del paciente desde la historia para verlas.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Server record</source>
        <translation>Registro del servidor</translation>
    </message>
</context>
<context>
    <name>ImageCanvas</name>
    <message>
        <source>Loading the image…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Image {number} of {count}</source>
        <translation>Imagen {number} de {count}</translation>
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
        <translation>Ventana predefinida</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play the series as a loop (Space)</source>
        <translation>Reproducir la serie en bucle (Espacio)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Drag on the image to measure a length (M); Esc clears it</source>
        <translation>Arrastre sobre la imagen para medir una longitud (M); Esc la borra</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>Drag one arm to the vertex, then the other (A); Esc clears it</source>
        <translation>Trace un lado hasta el vértice y luego el otro (A); Esc lo borra</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Cine frames a second</source>
        <translation>Imágenes por segundo del cine</translation>
    </message>
    <message>
        <source>Image in the series</source>
        <translation>Imagen de la serie</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>The image&apos;s own overlay drawing (60xx), in white (O)</source>
        <translation>El dibujo superpuesto propio de la imagen (60xx), en blanco (O)</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Ventana:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (0 or double click)</source>
        <translation>Ajustar la imagen a la ventana (0 o doble clic)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One screen pixel for each pixel of the image (1)</source>
        <translation>Un píxel de pantalla por cada píxel de la imagen (1)</translation>
    </message>
    <message>
        <source>Reset window</source>
        <translation>Restablecer ventana</translation>
    </message>
    <message>
        <source>The image&apos;s own window (R)</source>
        <translation>La ventana propia de la imagen (R)</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Every field of this image&apos;s DICOM header</source>
        <translation>Todos los campos de la cabecera DICOM de esta imagen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Wheel: page · Ctrl+wheel: zoom · drag: window · right drag: pan</source>
        <translation>Rueda: página · Ctrl+rueda: zoom · arrastrar: ventana · arrastrar con botón derecho: desplazar</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>As stored in the image</source>
        <translation>Tal como está guardada en la imagen</translation>
    </message>
    <message>
        <source>{name} (W {width} L {center})</source>
        <translation>{name} (W {width} L {center})</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
    </message>
    <message>
        <source>Save the view as it is shown, as a PNG image</source>
        <translation>Guardar la vista tal como se muestra, como imagen PNG</translation>
    </message>
    <message>
        <source>With the corner text…</source>
        <translation>Con el texto de las esquinas…</translation>
    </message>
    <message>
        <source>The image alone…</source>
        <translation>Solo la imagen…</translation>
    </message>
    <message>
        <source>Save the view as a PNG</source>
        <translation>Guardar la vista como PNG</translation>
    </message>
    <message>
        <source>image.png</source>
        <translation>imagen.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The image could not be saved there: choose a folder you can write to.</source>
        <translation>No se pudo guardar la imagen ahí: elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>ImportImagesDialog</name>
    <message>
        <source>Import images</source>
        <translation>Importar imágenes</translation>
    </message>
    <message>
        <source>Images for {name}</source>
        <translation>Imágenes de {name}</translation>
    </message>
    <message>
        <source>These are {name}’s images</source>
        <translation>Son las imágenes de {name}</translation>
    </message>
    <message>
        <source>The name or birth date on the disc differs from this chart. Import only if you are sure.</source>
        <translation>El nombre o la fecha de nacimiento del disco no coinciden con esta historia. Importe solo si está seguro.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The images name {name}, born {date} (ID {id}).</source>
        <translation>Las imágenes nombran a {name}, nacido/a el {date} (ID {id}).</translation>
    </message>
    <message>
        <source>The images name {name}, born {date}.</source>
        <translation>Las imágenes nombran a {name}, nacido/a el {date}.</translation>
    </message>
    <message>
        <source>The images name {name} (ID {id}).</source>
        <translation>Las imágenes nombran a {name} (ID {id}).</translation>
    </message>
    <message>
        <source>The images name {name}.</source>
        <translation>Las imágenes nombran a {name}.</translation>
    </message>
    <message>
        <source>No images were found there. Choose the disc itself or the folder that holds the DICOM files.</source>
        <translation>No se encontraron imágenes ahí. Elija el propio disco o la carpeta que contiene los archivos DICOM.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n image(s)</source>
        <translation>
            <numerusform>Se encontró %n imagen</numerusform>
            <numerusform>Se encontraron %n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n study(ies).</source>
        <translation>
            <numerusform>en %n estudio.</numerusform>
            <numerusform>en %n estudios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be imported and will be left out:</source>
        <translation>
            <numerusform>%n archivo no se puede importar y se dejará fuera:</numerusform>
            <numerusform>%n archivos no se pueden importar y se dejarán fuera:</numerusform>
        </translation>
    </message>
    <message>
        <source>• {file}: {reason}.</source>
        <translation>• {file}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s).</source>
        <translation>
            <numerusform>… y %n archivo más.</numerusform>
            <numerusform>… y %n archivos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the disc or the folder with the images</source>
        <translation>Elija el disco o la carpeta con las imágenes</translation>
    </message>
</context>
<context>
    <name>IntakeStatus</name>
    <message>
        <source>Sent to kiosk</source>
        <translation>Enviados al quiosco</translation>
    </message>
    <message>
        <source>Partly filled</source>
        <translation>Rellenados en parte</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Rellenados</translation>
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
    <name>Labels</name>
    <message>
        <source>Patient label</source>
        <translation>Etiqueta del paciente</translation>
    </message>
    <message>
        <source>Patient wristband</source>
        <translation>Pulsera del paciente</translation>
    </message>
    <message>
        <source>DOB unknown</source>
        <translation>Nac. desconocido</translation>
    </message>
    <message>
        <source>DOB {date}</source>
        <translation>Nac. {date}</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago.</translation>
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
        <translation>dic.</translation>
    </message>
    <message>
        <source>Sex {sex}</source>
        <translation>Sexo {sex}</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>Historia {mrn}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>desk — {clinic} (demo)</source>
        <translation>desk — {clinic} (demo)</translation>
    </message>
    <message>
        <source>desk — {clinic}</source>
        <translation>desk — {clinic}</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>{folder}  ·  demo</source>
        <translation>{folder}  ·  demo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>{screen} ({shortcut})</source>
        <translation>{screen} ({shortcut})</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the screen ({shortcut})</source>
        <translation>Bloquear la pantalla ({shortcut})</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión: {name} ({role})</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Kiosk forms</source>
        <translation>Formularios del quiosco</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>Entradas del historial</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Merge patient records</source>
        <translation>Fusionar fichas de paciente</translation>
    </message>
    <message>
        <source>Check that both records are the same person. Everything from the record you do not keep (appointments, kiosk forms, files and history) moves to the one you keep; the other record stays, marked as merged.</source>
        <translation>Compruebe que las dos fichas son de la misma persona. Todo lo de la ficha que no conserve (citas, formularios del quiosco, archivos e historial) pasa a la que conserva; la otra ficha se mantiene, marcada como fusionada.</translation>
    </message>
    <message>
        <source>The two records</source>
        <translation>Las dos fichas</translation>
    </message>
    <message>
        <source>I have checked: these two records are the same person.</source>
        <translation>Lo he comprobado: estas dos fichas son de la misma persona.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionar fichas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep this record</source>
        <translation>Conservar esta ficha</translation>
    </message>
    <message>
        <source>Keep {name} {mrn}</source>
        <translation>Conservar {name} {mrn}</translation>
    </message>
    <message>
        <source>Copy to the kept record</source>
        <translation>Copiar a la ficha conservada</translation>
    </message>
    <message>
        <source>Copy {field}</source>
        <translation>Copiar: {field}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing already saved was lost. If it happens again, tell IT (details are in the log).</source>
        <translation>Algo salió mal y la acción no se completó. No se perdió nada de lo ya guardado. Si vuelve a ocurrir, avise a informática (los detalles están en el registro).</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>PacsQueueSection</name>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Images on their way to the image archive</source>
        <translation>Imágenes en camino al archivo de imágenes</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Images for the image archive (PACS)</source>
        <translation>Imágenes para el archivo de imágenes (PACS)</translation>
    </message>
    <message>
        <source>None: every study sent is on the image archive.</source>
        <translation>Ninguno: todos los estudios enviados están en el archivo de imágenes.</translation>
    </message>
    <message>
        <source>These studies from patients&apos; discs go to the image archive in the background; one waits while the archive cannot be reached. Retry a refused one once its problem is fixed.</source>
        <translation>Estos estudios de los discos de los pacientes van al archivo de imágenes en segundo plano; cada uno espera mientras no se pueda acceder al archivo. Reintente uno rechazado cuando su problema esté resuelto.</translation>
    </message>
</context>
<context>
    <name>PacsStudiesPanel</name>
    <message>
        <source>Studies on the image archive</source>
        <translation>Estudios en el archivo de imágenes</translation>
    </message>
    <message>
        <source>Image archive message</source>
        <translation>Mensaje del archivo de imágenes</translation>
    </message>
    <message>
        <source>Retrieve progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Looking for this patient&apos;s studies on the image archive…</source>
        <translation>Buscando los estudios de este paciente en el archivo de imágenes…</translation>
    </message>
    <message>
        <source>The image archive holds no studies of this patient.</source>
        <translation>El archivo de imágenes no tiene estudios de este paciente.</translation>
    </message>
    <message>
        <source>Retrieving the study from the image archive…</source>
        <translation>Descargando el estudio del archivo de imágenes…</translation>
    </message>
    <message>
        <source>Retrieved; it opens from this computer from now on.</source>
        <translation>Descargado; a partir de ahora se abre desde este ordenador.</translation>
    </message>
    <message>
        <source>Stopping the retrieve…</source>
        <translation>Deteniendo la descarga…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>This computer has no usable key store. Choose a passphrase that protects the workspace; it is asked each time desk starts.</source>
        <translation>Este equipo no tiene un almacén de claves utilizable. Elija una frase de contraseña que proteja el espacio de trabajo; se pedirá cada vez que se inicie desk.</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase to open it.</source>
        <translation>Introduzca la frase de contraseña del espacio de trabajo para abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %n character(s).</source>
        <translation>
            <numerusform>Debe tener al menos %n carácter.</numerusform>
            <numerusform>Debe tener al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>Patient</name>
    <message>
        <source>Name</source>
        <translation>Nombre completo</translation>
    </message>
</context>
<context>
    <name>PatientChartWidget</name>
    <message>
        <source>Opening the chart…</source>
        <translation>Abriendo la historia…</translation>
    </message>
    <message>
        <source>← Search</source>
        <translation>← Búsqueda</translation>
    </message>
    <message>
        <source>Back to the search (Esc)</source>
        <translation>Volver a la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Add as walk-in today</source>
        <translation>Añadir hoy sin cita</translation>
    </message>
    <message>
        <source>Import images…</source>
        <translation>Importar imágenes…</translation>
    </message>
    <message>
        <source>Read the images on a patient&apos;s disc or USB stick into this chart</source>
        <translation>Leer en esta historia las imágenes del disco o la memoria USB del paciente</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Imprimir etiqueta</translation>
    </message>
    <message>
        <source>Print wristband</source>
        <translation>Imprimir pulsera</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>On the image archive (PACS)</source>
        <translation>En el archivo de imágenes (PACS)</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Send to the image archive…</source>
        <translation>Enviar al archivo de imágenes…</translation>
    </message>
    <message>
        <source>Send the selected study of images from a disc to the clinic&apos;s image archive (PACS)</source>
        <translation>Enviar el estudio de imágenes seleccionado, leído de un disco, al archivo de imágenes de la clínica (PACS)</translation>
    </message>
    <message>
        <source>The images go to the image archive in the background; the Sync screen shows them until they are there.</source>
        <translation>Las imágenes se envían al archivo de imágenes en segundo plano; la pantalla Sincronización las muestra hasta que llegan.</translation>
    </message>
    <message>
        <source>These images are on their way to the image archive already, or there.</source>
        <translation>Estas imágenes ya van camino del archivo de imágenes, o ya están allí.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar los datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message numerus="yes">
        <source>born {date} (%n years)</source>
        <translation>
            <numerusform>nacido/a el {date} (%n año)</numerusform>
            <numerusform>nacido/a el {date} (%n años)</numerusform>
        </translation>
    </message>
    <message>
        <source>birth date not recorded</source>
        <translation>fecha de nacimiento no registrada</translation>
    </message>
    <message>
        <source>MRN {mrn}  ·  {born}  ·  {sex}</source>
        <translation>NHC {mrn}  ·  {born}  ·  {sex}</translation>
    </message>
    <message>
        <source>Allergies: {allergies}</source>
        <translation>Alergias: {allergies}</translation>
    </message>
    <message>
        <source>Check in ({time})</source>
        <translation>Registrar llegada ({time})</translation>
    </message>
    <message>
        <source>Checked in at {time}</source>
        <translation>Llegada registrada a las {time}</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Datos guardados.</translation>
    </message>
    <message>
        <source>Added to today&apos;s board as a walk-in.</source>
        <translation>Añadido al panel de hoy, sin cita.</translation>
    </message>
    <message>
        <source>Checked in for the {time} appointment.</source>
        <translation>Llegada registrada para la cita de las {time}.</translation>
    </message>
    <message>
        <source>Reading the disc…</source>
        <translation>Leyendo el disco…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n images.</source>
        <translation>
            <numerusform>%n imagen importada.</numerusform>
            <numerusform>%n imágenes importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Those images were already in the chart.</source>
        <translation>Esas imágenes ya estaban en la historia.</translation>
    </message>
    <message>
        <source>{name} · MRN {mrn}</source>
        <translation>{name} · NHC {mrn}</translation>
    </message>
</context>
<context>
    <name>PatientField</name>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Provincia o región</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
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
        <translation>Fecha de nacimiento que desk no puede leer</translation>
    </message>
    <message numerus="yes">
        <source>{date} · %n years</source>
        <translation>
            <numerusform>{date} · %n año</numerusform>
            <numerusform>{date} · %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}” is not a birth date desk can read. Type it as {example}.</source>
        <translation>«{text}» no es una fecha de nacimiento que desk pueda leer. Escríbala así: {example}.</translation>
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
    <name>PatientSearchWidget</name>
    <message>
        <source>Name, birth date, phone number or MRN</source>
        <translation>Nombre, fecha de nacimiento, teléfono o NHC</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Escriba para buscar.</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>Registrar un paciente nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add as walk-in</source>
        <translation>Añadir sin cita</translation>
    </message>
    <message>
        <source>Merge records…</source>
        <translation>Fusionar historias…</translation>
    </message>
    <message>
        <source>Select the two records of one person (Ctrl+click), then merge them</source>
        <translation>Seleccione las dos historias de una misma persona (Ctrl+clic) y fusiónelas</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Matching patients</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>No patient matches. Check the spelling, or register a new patient (Ctrl+N).</source>
        <translation>Ningún paciente coincide. Revise la ortografía o registre un paciente nuevo (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%n found (best %n shown)</source>
        <translation>
            <numerusform>%n encontrado (se muestran los %n mejores)</numerusform>
            <numerusform>%n encontrados (se muestran los %n mejores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n encontrado</numerusform>
            <numerusform>%n encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Abrir la historia</translation>
    </message>
    <message>
        <source>Add as walk-in today</source>
        <translation>Añadir hoy sin cita</translation>
    </message>
    <message>
        <source>{name} was added to today&apos;s board as a walk-in.</source>
        <translation>{name} se añadió al panel de hoy, sin cita.</translation>
    </message>
    <message>
        <source>The patient was added to today&apos;s board as a walk-in.</source>
        <translation>El paciente se añadió al panel de hoy, sin cita.</translation>
    </message>
</context>
<context>
    <name>PdfViewDialog</name>
    <message>
        <source>This document is damaged and cannot be shown.</source>
        <translation>Este documento está dañado y no se puede mostrar.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Brain</source>
        <translation>Cerebro</translation>
    </message>
    <message>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <source>Stroke</source>
        <translation>Ictus</translation>
    </message>
    <message>
        <source>Lung</source>
        <translation>Pulmón</translation>
    </message>
    <message>
        <source>Mediastinum</source>
        <translation>Mediastino</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Liver</source>
        <translation>Hígado</translation>
    </message>
    <message>
        <source>Bone</source>
        <translation>Hueso</translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation>Ventana {number}</translation>
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
        <translation>Etiqueta de paciente</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>Pulsera</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Imprimir etiqueta</translation>
    </message>
    <message>
        <source>Print wristband</source>
        <translation>Imprimir pulsera</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printout could not be prepared.</source>
        <translation>No se pudo preparar la impresión.</translation>
    </message>
    <message>
        <source>Print: {title}</source>
        <translation>Imprimir: {title}</translation>
    </message>
    <message>
        <source>The printer could not be opened. Check that it is connected and try again.</source>
        <translation>No se pudo abrir la impresora. Compruebe que está conectada y vuelva a intentarlo.</translation>
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
    <name>QueueModel</name>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting: {error}</source>
        <translation>En espera: {error}</translation>
    </message>
    <message>
        <source>Refused: {error}</source>
        <translation>Rechazado: {error}</translation>
    </message>
    <message>
        <source>Waiting (not tried yet)</source>
        <translation>En espera (aún no intentado)</translation>
    </message>
    <message>
        <source>Refused (not tried yet)</source>
        <translation>Rechazado (aún no intentado)</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Actions for this row</source>
        <translation>Acciones para esta fila</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Save patient</source>
        <translation>Guardar paciente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A possible match was found just now. Check the list below before saving.</source>
        <translation>Se acaba de encontrar una posible coincidencia. Revise la lista de abajo antes de guardar.</translation>
    </message>
</context>
<context>
    <name>RetryButton</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry {row}</source>
        <translation>Reintentar {row}</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Coincide en</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>año de nacimiento</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
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
        <translation>Del servidor de la clínica</translation>
    </message>
    <message>
        <source>Desk&apos;s forms</source>
        <translation>Formularios de desk</translation>
    </message>
    <message>
        <source>Send forms to kiosk</source>
        <translation>Enviar formularios al quiosco</translation>
    </message>
    <message>
        <source>Forms for {name} to fill in at the kiosk. The patient gets a check-in code to type there.</source>
        <translation>Formularios que {name} completará en el quiosco. El paciente recibe un código de llegada para escribirlo allí.</translation>
    </message>
    <message>
        <source>Language of the forms</source>
        <translation>Idioma de los formularios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Send to kiosk</source>
        <translation>Enviar al quiosco</translation>
    </message>
    <message>
        <source>Forms to send</source>
        <translation>Formularios para enviar</translation>
    </message>
    <message>
        <source>{title}, from the clinic&apos;s server</source>
        <translation>{title}, del servidor de la clínica</translation>
    </message>
    <message>
        <source>This form comes from the clinic&apos;s server.</source>
        <translation>Este formulario viene del servidor de la clínica.</translation>
    </message>
    <message>
        <source>Choose at least one form to send.</source>
        <translation>Elija al menos un formulario para enviar.</translation>
    </message>
</context>
<context>
    <name>SendImagesDialog</name>
    <message>
        <source>Send to the image archive</source>
        <translation>Enviar al archivo de imágenes</translation>
    </message>
    <message>
        <source>Send “{study}”</source>
        <translation>Enviar «{study}»</translation>
    </message>
    <message>
        <source>The images go to the clinic&apos;s image archive (PACS), filed under {name}, record number {mrn}. They go in the background, and wait on this computer while the archive cannot be reached; the Sync screen shows them until they are there.</source>
        <translation>Las imágenes van al archivo de imágenes de la clínica (PACS), a nombre de {name}, número de historia {mrn}. Se envían en segundo plano y esperan en este ordenador mientras no se pueda acceder al archivo; la pantalla Sincronización las muestra hasta que lleguen.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún ninguno)</translation>
    </message>
    <message>
        <source>These are {name}&apos;s images</source>
        <translation>Son las imágenes de {name}</translation>
    </message>
    <message>
        <source>Check the name and birth date on the images first: once in the archive, everyone at the clinic sees them in this patient&apos;s record.</source>
        <translation>Compruebe primero el nombre y la fecha de nacimiento en las imágenes: una vez en el archivo, todo el personal de la clínica las ve en la historia de este paciente.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
</context>
<context>
    <name>Series</name>
    <message>
        <source>Series {number}</source>
        <translation>Serie {number}</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
</context>
<context>
    <name>ServerSignInDialog</name>
    <message>
        <source>access token</source>
        <translation>token de acceso</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>secreto de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Iniciar sesión en el servidor</translation>
    </message>
    <message>
        <source>The clinic server at {url} no longer accepts desk&apos;s sign-in, so changes wait on this computer. Enter the new {credential} from IT; it is kept in this computer&apos;s key store.</source>
        <translation>El servidor de la clínica ({url}) ya no acepta el inicio de sesión de desk, así que los cambios esperan en este equipo. Escriba el nuevo {credential} que le dio informática; se guarda en el almacén de claves de este equipo.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the {credential}.</source>
        <translation>Escriba el {credential}.</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>not valid TOML: {reason}</source>
        <translation>TOML no válido: {reason}</translation>
    </message>
    <message>
        <source>version must be a whole number up to {version} (this desk&apos;s settings version)</source>
        <translation>version debe ser un número entero hasta {version} (la versión de los ajustes de este desk)</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>{name} {problem}, not {value}</source>
        <translation>{name} {problem}, no {value}</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {found} (write it without quotes)</source>
        <translation>{name} debe ser {kind}, no {found} (escríbalo sin comillas)</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {found} (put it in quotes)</source>
        <translation>{name} debe ser {kind}, no {found} (póngalo entre comillas)</translation>
    </message>
    <message>
        <source>{name} must be {kind}, not {found}</source>
        <translation>{name} debe ser {kind}, no {found}</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a date or time</source>
        <translation>una fecha o una hora</translation>
    </message>
    <message>
        <source>{name} is a section: write [{name}] and its settings on the lines below it</source>
        <translation>{name} es una sección: escriba [{name}] y sus ajustes en las líneas siguientes</translation>
    </message>
    <message>
        <source>{name} is not a desk setting; did you mean {meant}?</source>
        <translation>{name} no es un ajuste de desk; ¿quería decir {meant}?</translation>
    </message>
    <message>
        <source>{name} is not a desk setting (desk config show lists them all)</source>
        <translation>{name} no es un ajuste de desk (desk config show los muestra todos)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>{one} and {other}</source>
        <translation>{one} y {other}</translation>
    </message>
    <message>
        <source>more than {number}</source>
        <translation>mayor que {number}</translation>
    </message>
    <message>
        <source>at least {number}</source>
        <translation>al menos {number}</translation>
    </message>
    <message>
        <source>at most {number}</source>
        <translation>como máximo {number}</translation>
    </message>
    <message>
        <source>an http:// or https:// address</source>
        <translation>una dirección http:// o https://</translation>
    </message>
    <message>
        <source>set it with `{command}`</source>
        <translation>se define con `{command}`</translation>
    </message>
    <message>
        <source>must be {allowed}</source>
        <translation>debe ser {allowed}</translation>
    </message>
    <message>
        <source>must be an address starting with https:// (or http://)</source>
        <translation>debe ser una dirección que empiece por https:// (o http://)</translation>
    </message>
    <message>
        <source>must be the hash that `{command}` writes, never the PIN itself</source>
        <translation>debe ser el hash que escribe `{command}`, nunca el PIN en sí</translation>
    </message>
    <message>
        <source>its lists or tables are nested too deeply</source>
        <translation>sus listas o tablas están anidadas a demasiada profundidad</translation>
    </message>
</context>
<context>
    <name>SetupWidget</name>
    <message>
        <source>Welcome to desk</source>
        <translation>Bienvenido a desk</translation>
    </message>
    <message>
        <source>Create the first administrator of this workspace. Administrators add the other staff accounts.</source>
        <translation>Cree el primer administrador de este espacio de trabajo. Los administradores añaden las cuentas del resto del personal.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
</context>
<context>
    <name>SignInWidget</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in as someone else</source>
        <translation>Iniciar sesión como otra persona</translation>
    </message>
    <message>
        <source>Demo workspace: sign in as &lt;b&gt;admin&lt;/b&gt; or &lt;b&gt;reception&lt;/b&gt;, password &lt;b&gt;demo1234&lt;/b&gt;.</source>
        <translation>Espacio de demostración: inicie sesión como &lt;b&gt;admin&lt;/b&gt; o &lt;b&gt;reception&lt;/b&gt;, contraseña &lt;b&gt;demo1234&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>No se puede abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the front desk.</source>
        <translation>Inicie sesión en la recepción.</translation>
    </message>
    <message>
        <source>Locked after a period without use. {name}, enter your password to carry on where you left off.</source>
        <translation>Bloqueado tras un periodo sin uso. {name}, introduzca su contraseña para continuar donde lo dejó.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <source>Your check-in code</source>
        <translation>Su código de registro</translation>
    </message>
    <message>
        <source>Type this code at the kiosk in the waiting room. Valid today only.</source>
        <translation>Escriba este código en el quiosco de la sala de espera. Válido solo hoy.</translation>
    </message>
    <message>
        <source>Appointment: {when}</source>
        <translation>Cita: {when}</translation>
    </message>
    <message>
        <source>Forms to fill in:</source>
        <translation>Formularios para completar:</translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>quiosco</translation>
    </message>
</context>
<context>
    <name>StaffWidget</name>
    <message>
        <source>This computer&apos;s default</source>
        <translation>El de este equipo</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Unlock account</source>
        <translation>Desbloquear la cuenta</translation>
    </message>
    <message>
        <source>The chosen account&apos;s language</source>
        <translation>Idioma de la cuenta elegida</translation>
    </message>
    <message>
        <source>Set language</source>
        <translation>Cambiar el idioma</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Añadir a un miembro del personal</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Primera contraseña</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Añadir al miembro del personal</translation>
    </message>
    <message>
        <source>{name} can now sign in as {username}.</source>
        <translation>{name} ya puede iniciar sesión como {username}.</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Elija primero una cuenta.</translation>
    </message>
    <message>
        <source>{name}&apos;s screens will be in this computer&apos;s language from their next sign-in.</source>
        <translation>Las pantallas de {name} estarán en el idioma de este equipo desde su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>{name}&apos;s screens will be in {language} from their next sign-in.</source>
        <translation>Las pantallas de {name} estarán en {language} desde su próximo inicio de sesión.</translation>
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
    <name>StudiesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>On the PACS</source>
        <translation>En el PACS</translation>
    </message>
</context>
<context>
    <name>SyncIssuesWidget</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Arrived at</source>
        <translation>Llegada a las</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin cita</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Por qué lo rechazó el servidor</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
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
        <source>another patient</source>
        <translation>otro paciente</translation>
    </message>
    <message>
        <source>{sentence} The server said: {details}</source>
        <translation>{sentence} El servidor respondió: {details}</translation>
    </message>
    <message>
        <source>Patient {name} · MRN {mrn}</source>
        <translation>Paciente {name} · N.º de historia {mrn}</translation>
    </message>
    <message>
        <source>Patient {name}</source>
        <translation>Paciente {name}</translation>
    </message>
    <message>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
    <message>
        <source>Appointment of {name} · {when}</source>
        <translation>Cita de {name} · {when}</translation>
    </message>
    <message>
        <source>{record} {id} (no longer here)</source>
        <translation>{record} {id} (ya no está aquí)</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Cambiados aquí y en el servidor</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazados por el servidor</translation>
    </message>
    <message>
        <source>Records the server refused</source>
        <translation>Registros rechazados por el servidor</translation>
    </message>
    <message>
        <source>None: nothing was changed in two places at once.</source>
        <translation>Ninguno: nada se cambió en dos sitios a la vez.</translation>
    </message>
    <message>
        <source>Someone changed these records on the server while they were changed here. For each field, choose the value to keep: it is saved here and on the server. Until then the server keeps its value.</source>
        <translation>Alguien cambió estos registros en el servidor mientras se cambiaban aquí. Para cada campo, elija el valor que desea conservar: se guarda aquí y en el servidor. Mientras tanto, el servidor conserva su valor.</translation>
    </message>
    <message>
        <source>None: the server took every record.</source>
        <translation>Ninguno: el servidor aceptó todos los registros.</translation>
    </message>
    <message>
        <source>The server did not accept these records; the others keep flowing. Correct the record (it is then sent again), or press Retry once the problem is fixed.</source>
        <translation>El servidor no aceptó estos registros; los demás siguen enviándose. Corrija el registro (entonces se vuelve a enviar) o pulse Reintentar cuando el problema esté resuelto.</translation>
    </message>
    <message>
        <source>Saved. {record} goes to the server with the values you chose.</source>
        <translation>Guardado. {record} se envía al servidor con los valores elegidos.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync is off: no server is set.</source>
        <translation>La sincronización está desactivada: no hay ningún servidor configurado.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting.</source>
        <translation>
            <numerusform>%n cambio pendiente.</numerusform>
            <numerusform>%n cambios pendientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent.</source>
        <translation>Todos los cambios enviados.</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <source>Sending changes</source>
        <translation>Enviando cambios</translation>
    </message>
    <message>
        <source>Receiving appointments</source>
        <translation>Recibiendo citas</translation>
    </message>
    <message>
        <source>Receiving patients</source>
        <translation>Recibiendo pacientes</translation>
    </message>
    <message>
        <source>Receiving questionnaires</source>
        <translation>Recibiendo formularios</translation>
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
        <translation>Todos los cambios enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to the server again</source>
        <translation>Volver a iniciar sesión en el servidor</translation>
    </message>
    <message>
        <source>Open the Sync screen</source>
        <translation>Abrir la pantalla Sincronización</translation>
    </message>
    <message>
        <source>Sync off: no server is set</source>
        <translation>Sincronización desactivada: no hay servidor configurado</translation>
    </message>
    <message>
        <source>Records stay on this computer. IT sets server.url to sync them with the clinic server.</source>
        <translation>Los registros se quedan en este equipo. Informática configura server.url para sincronizarlos con el servidor de la clínica.</translation>
    </message>
    <message>
        <source>● Sign-in refused</source>
        <translation>● Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● Conectando…</translation>
    </message>
    <message>
        <source>● Not connected</source>
        <translation>● Sin conexión</translation>
    </message>
    <message>
        <source>● Not connected yet</source>
        <translation>● Aún sin conexión</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● En línea</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Fuera de línea</translation>
    </message>
    <message>
        <source>Last sync {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Last sync never</source>
        <translation>Última sincronización: nunca</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) need attention</source>
        <translation>
            <numerusform>%n registro requiere atención</numerusform>
            <numerusform>%n registros requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server no longer accepts desk&apos;s sign-in. Ask an administrator to sign desk in to the server again.</source>
        <translation>El servidor de la clínica ya no acepta el inicio de sesión de desk. Pida a un administrador que vuelva a conectar desk al servidor.</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Image tags</source>
        <translation>Etiquetas de la imagen</translation>
    </message>
    <message>
        <source>Filter by name, tag or value</source>
        <translation>Filtrar por nombre, etiqueta o valor</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Item {number}</source>
        <translation>Elemento {number}</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more…</source>
        <translation>
            <numerusform>Mostrar %n más…</numerusform>
            <numerusform>Mostrar %n más…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} item(s) shown</source>
        <translation>
            <numerusform>{shown} de {total} elemento mostrado</numerusform>
            <numerusform>{shown} de {total} elementos mostrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Alergia</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Añadir un paciente sin cita</translation>
    </message>
    <message>
        <source>Who walked in?</source>
        <translation>¿Quién vino sin cita?</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace database is damaged, and this workspace holds no backup of it. Ask IT to restore the workspace folder from the computer&apos;s own backup before more work is done here.</source>
        <translation>La base de datos del espacio de trabajo está dañada y este espacio de trabajo no tiene ninguna copia de seguridad de ella. Pida a informática que restaure la carpeta del espacio de trabajo desde la copia de seguridad del propio equipo antes de seguir trabajando aquí.</translation>
    </message>
    <message>
        <source>The workspace database is damaged. Ask IT to restore it, before more work is done here, from one of the backups in {folder} (newest first): {backups}.</source>
        <translation>La base de datos del espacio de trabajo está dañada. Pida a informática que la restaure, antes de seguir trabajando aquí, a partir de una de las copias de seguridad de {folder} (la más reciente primero): {backups}.</translation>
    </message>
    <message>
        <source>Keep this workspace as it is and ask IT.</source>
        <translation>Deje este espacio de trabajo como está y avise a informática.</translation>
    </message>
    <message>
        <source>The audit log was altered at entry {entry}: entries were changed, removed or the log was put back to an older copy.</source>
        <translation>El registro de auditoría fue alterado en la entrada {entry}: se cambiaron o eliminaron entradas, o el registro se sustituyó por una copia anterior.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOpener</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>El espacio de trabajo está dañado</translation>
    </message>
</context>
</TS>
