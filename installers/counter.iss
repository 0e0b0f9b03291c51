; Inno Setup 6 script of the desk application's Windows installer (Counter-Setup-<version>.exe).
;
; Built by installers/build.py, which compiles it after PyInstaller with
;   ISCC /DAppVersion=<counter_app.__version__> /DFileVersion=<its numbers> /DBundleDir=<dist\counter> /O<out> counter.iss
; Shows NOTICE.txt (third-party licences), then installs the one-folder bundle (which holds it too) to
; {autopf}\Counter (Program Files for all users, or the user's own programs folder when installing without
; administrator rights), a Start-menu shortcut and, if ticked, one on the desktop. The desk's data is never
; in the install folder: the application keeps it in %LOCALAPPDATA%\Counter\counter. Uninstalling keeps
; that data unless the user answers Yes when asked.
; The wizard and the uninstaller speak Vietnamese (installers/Vietnamese.isl, the project's own translation: Inno
; Setup has no official one) whatever the language of Windows; English is offered in the language dialog and by
; /LANG=english.

#ifndef AppVersion
  #error AppVersion is not defined: build with installers/build.py (ISCC /DAppVersion=...)
#endif
#ifndef FileVersion
  #define FileVersion AppVersion
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "build\dist\counter"
#endif
#ifndef Compression
  ; a test's older installer is compiled faster (/DCompression=lzma2/fast)
  #define Compression "lzma2/max"
#endif

[Setup]
AppId={{9BD08B68-27AF-4C2D-941E-347FB67916C3}
AppName=Counter
AppVersion={#AppVersion}
AppPublisher=Counter
AppComments=Phần mềm quầy tiếp nhận và trả kết quả (Bộ phận một cửa) cấp xã
VersionInfoVersion={#FileVersion}
DefaultDirName={autopf}\Counter
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
; x64 rather than 6.3's x64compatible: the build's Inno Setup (PyPI pyinno-setup) is 6.2.2
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
MinVersion=10.0
InfoBeforeFile=NOTICE.txt
UninstallDisplayIcon={app}\counter-app.exe
UninstallDisplayName=Counter {#AppVersion}
OutputBaseFilename=Counter-Setup-{#AppVersion}
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; Vietnamese, the first language, whatever the language of Windows (English is offered in the language dialog)
LanguageDetectionMethod=none
SetupLogging=yes
#ifdef SignTool
; Given by installers/inno.py with ISCC /DSignTool=counter /Scounter=<command $f>: the compiler signs the
; uninstaller (so that unins000.exe carries the signature) and the setup.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.RemoveUserData=Also delete the desk's data on this computer?%n%n%1%n%nIt holds the desk database, the printed slips and the backups. Dossiers not yet sent to the province would be lost. Choose No to keep them for a later installation.
vietnamese.RemoveUserData=Xóa cả dữ liệu của quầy trên máy này?%n%n%1%n%nThư mục này chứa cơ sở dữ liệu của quầy, các phiếu đã in và các bản sao lưu. Hồ sơ chưa gửi lên tỉnh sẽ bị mất. Chọn Không để giữ lại cho lần cài đặt sau.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the previous bundle's libraries rather than mixing two versions.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Counter"; Filename: "{app}\counter-app.exe"
Name: "{autodesktop}\Counter"; Filename: "{app}\counter-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\counter-app.exe"; Description: "{cm:LaunchProgram,Counter}"; Flags: nowait postinstall skipifsilent

[Code]
{ The desk's data folder, as the application finds it: platformdirs' user data folder of app "counter",
  author "Counter" (counter_app/foundation/paths.py). It is the folder of the user running the uninstaller. }
function DeskDataDir: String;
begin
  Result := ExpandConstant('{localappdata}\Counter\counter');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DeskDataDir) and not UninstallSilent then
    if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveUserData'), [DeskDataDir]),
                          mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    begin
      DelTree(DeskDataDir, True, True, True);
      RemoveDir(ExpandConstant('{localappdata}\Counter'));  { only if nothing else is left in it }
    end;
end;
