; Inno Setup script of the Stegvis installer for Windows (packaging/README.md).
; Made from the one-folder build (make package, or pyinstaller packaging/stegvis.spec on
; Windows), which holds Stegvis.exe, stegvis-cli.exe and _internal\:
;
;   iscc /DAppVersion=0.1.0 packaging\windows\stegvis.iss
;
; writes dist\Stegvis-0.1.0-windows-x64-setup.exe. Installs for the current user without
; administrator rights (or for all users, when chosen in the dialog), adds a Start menu entry,
; optionally a desktop icon, and opens *.stegvis project files with Stegvis.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z packaging\windows\stegvis.iss
#endif

#define AppName "Stegvis"
#define AppExeName "Stegvis.exe"
#define AppAssocExt ".stegvis"
#define AppAssocKey "Stegvis.Project"
#define AppAssocName "Stegvis Project"

[Setup]
; The AppId identifies Stegvis to Windows' uninstaller across versions: never change it.
AppId={{9008AD22-50D2-4BA3-9B8A-694C2EBD2A02}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Stegvis developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Stegvis-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\stegvis.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program: files a newer build no longer has must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "dist\stegvis\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; *.stegvis opens in Stegvis, with Stegvis's icon (HKA: the user's or the machine's classes,
; as the installation is for the user or for all users).
Root: HKA; Subkey: "Software\Classes\{#AppAssocExt}\OpenWithProgids"; ValueType: string; ValueName: "{#AppAssocKey}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AppAssocKey}"; ValueType: string; ValueName: ""; ValueData: "{#AppAssocName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppAssocKey}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\{#AppAssocKey}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: "{#AppAssocExt}"; ValueData: ""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
