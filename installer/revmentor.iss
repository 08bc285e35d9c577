; Inno Setup script: packages the PyInstaller bundle dist\revmentor\ into a Windows installer.
; Build the bundle first (pyinstaller installer\revmentor.spec), then: iscc installer\revmentor.iss
; Needs Inno Setup 6.3 or newer. Paths are relative to this file. Override the version with
; iscc /DAppVersion=1.2.3 installer\revmentor.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; Never change the AppId: Windows uses it to find an installed RevMentor to upgrade or remove.
AppId={{46F306CD-FA82-4C9F-BEA2-EA59EAB555AF}
AppName=RevMentor
AppVersion={#AppVersion}
AppPublisher=RevMentor Desktop maintainers
; Per-user by default (no administrator needed); the user may choose all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\RevMentor
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=revmentor.ico
UninstallDisplayIcon={app}\revmentor.exe
OutputDir=..\dist
OutputBaseFilename=RevMentor-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\revmentor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\RevMentor"; Filename: "{app}\revmentor.exe"
Name: "{autodesktop}\RevMentor"; Filename: "{app}\revmentor.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\revmentor.exe"; Description: "{cm:LaunchProgram,RevMentor}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what it installed: the user's data in %APPDATA%\RevMentor stays.
