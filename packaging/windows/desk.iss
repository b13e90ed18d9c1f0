; Inno Setup 6 script: desk-<version>-setup.exe, a per-machine install of the PyInstaller
; bundle (packaging/desk.spec, built into build\pyinstaller\desk) under C:\Program Files\desk.
; Built by .github/workflows/installers.yml, which passes the version desk reports:
;   iscc /DAppVersion=0.1.0 packaging\windows\desk.iss
; Silent install and removal (as administrator), see docs/install.md, "Packages":
;   desk-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG=desk-setup.log
;   "C:\Program Files\desk\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; The machine file %ProgramData%\desk\desk.toml is put there once, as the commented sample;
; an upgrade never overwrites it and removing desk never takes it, nor any user's workspace,
; backups, logs or key store entries (those are under each user's %LOCALAPPDATA%\desk).

#ifndef AppVersion
  #error Pass desk's version: iscc /DAppVersion=<desk --version> packaging\windows\desk.iss
#endif
#define AppName "desk"
#define Bundle "..\..\build\pyinstaller\desk"

[Setup]
; one id for every version, so a newer installer upgrades in place
AppId={{528E4C9E-483C-4533-8ADA-D37640D93A6D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=desk team
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppName}.exe
CloseApplications=yes
SetupLogging=yes

[InstallDelete]
; an upgrade replaces the bundle's libraries as a whole: none of an older version's stay
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\desk.toml"; DestDir: "{commonappdata}\{#AppName}"; Flags: onlyifdoesntexist uninsneveruninstall

[Dirs]
Name: "{commonappdata}\{#AppName}"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppName}w.exe"; Comment: "Patients, schedule, intake forms and images for a clinic's front desk"

[Run]
Filename: "{app}\{#AppName}w.exe"; Description: "Start desk"; Flags: nowait postinstall skipifsilent
