; Inno Setup 6 script of the Windows installer: per-machine install of the one-folder bundle.
;
; Build by hand (on Windows, after `python -m PyInstaller packaging\palvelutiski.spec`, see README):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\palvelutiski.iss
;   -> dist\installer\palvelutiski-setup-0.1.0.exe
; CI builds it on a Windows runner: .github/workflows/windows-installer.yml.
;
; IT installs it silently on every workstation and places the site configuration at the same time:
;   palvelutiski-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /SITECONFIG=\\server\it\palvelutiski\site.ini /SITECA=\\server\it\palvelutiski\palvelutiski-ca.crt
; The files go to %ProgramData%\Palvelutiski\site.ini and palvelutiski-ca.crt (an existing site.ini is
; replaced only when /SITECONFIG is given). Uninstalling leaves them: they are IT's, not the program's.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B0C57-4E4A-4B39-9D3E-0A5F1E2B7C41}
AppName=Palvelutiski
AppVersion={#AppVersion}
AppPublisher=Palvelutiski
AppComments=Customer service desk for a Finnish energy and water utility
DefaultDirName={autopf}\Palvelutiski
DefaultGroupName=Palvelutiski
DisableProgramGroupPage=yes
; Per machine: every agent of the workstation gets the same program, updated by IT alone.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=palvelutiski.ico
UninstallDisplayIcon={app}\palvelutiski.exe
UninstallDisplayName=Palvelutiski {#AppVersion}
OutputDir=..\..\dist\installer
OutputBaseFilename=palvelutiski-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Dirs]
Name: "{commonappdata}\Palvelutiski"

[Files]
Source: "..\..\dist\palvelutiski\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\site.ini.example"; DestDir: "{commonappdata}\Palvelutiski"; Flags: ignoreversion
; The site configuration and its CA, from where IT keeps them (/SITECONFIG=… /SITECA=…).
Source: "{param:SITECONFIG}"; DestDir: "{commonappdata}\Palvelutiski"; DestName: "site.ini"; \
    Flags: external ignoreversion uninsneveruninstall; Check: ParamGiven('SITECONFIG')
Source: "{param:SITECA}"; DestDir: "{commonappdata}\Palvelutiski"; DestName: "palvelutiski-ca.crt"; \
    Flags: external ignoreversion uninsneveruninstall; Check: ParamGiven('SITECA')

[Icons]
Name: "{autoprograms}\Palvelutiski"; Filename: "{app}\palvelutiski.exe"; WorkingDir: "{app}"; \
    Comment: "Asiakaspalvelutiski"
Name: "{autoprograms}\Palvelutiski (demo)"; Filename: "{app}\palvelutiski.exe"; Parameters: "--demo"; \
    WorkingDir: "{app}"; Check: not SiteConfigured

[Run]
; %ProgramData% lets every user create files in its subfolders (the inherited "Users: write" entry): a user
; could plant a site.ini naming another server where IT has placed none. The folder is made IT's alone:
; administrators and SYSTEM write, users read (S-1-5-32-544, S-1-5-18, S-1-5-32-545: locale-independent).
Filename: "{sys}\icacls.exe"; \
    Parameters: """{commonappdata}\Palvelutiski"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; \
    Flags: runhidden waituntilterminated
Filename: "{app}\palvelutiski.exe"; Description: "{cm:LaunchProgram,Palvelutiski}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function ParamGiven(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '|}') <> '';
end;

function SiteConfigured(): Boolean;
begin
  Result := ParamGiven('SITECONFIG') or FileExists(ExpandConstant('{commonappdata}\Palvelutiski\site.ini'));
end;
