# Build, sign and validate the Liaison MSI on a Windows runner (see
# .github/workflows/installers.yml). It cannot run on the Linux build machine.
#
#   pwsh packaging/windows/build.ps1
#
# Needs: Python 3.11, the .NET SDK (for `dotnet tool install wix`), the
# Windows SDK (signtool.exe). Signing certificate (never in the repository):
#   $env:LIAISON_SIGN_PFX       path to the code-signing .pfx (CI writes it from a secret)
#   $env:LIAISON_SIGN_PFX_PASSWORD
#   or $env:LIAISON_SIGN_THUMBPRINT for a certificate in the machine store / HSM.
#   $env:LIAISON_TIMESTAMP_URL  RFC 3161 timestamp server (default below)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root

python -m venv .venv
.\.venv\Scripts\python -m pip install -q -e . "pyinstaller==6.22.3"
$Version = (.\.venv\Scripts\python -c "import liaison_app; print(liaison_app.__version__)").Trim()

# 1. The PyInstaller bundle (same spec as Linux: Qt platform plugin qwindows kept).
.\.venv\Scripts\python -m PyInstaller --noconfirm --clean `
  --distpath build\pyinstaller --workpath build\pyinstaller\work `
  packaging\pyinstaller\liaison.spec
$Bundle = "$Root\build\pyinstaller\liaison"

$Timestamp = if ($env:LIAISON_TIMESTAMP_URL) { $env:LIAISON_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
function Invoke-Sign([string[]]$Files) {
  $args = @("sign", "/fd", "SHA256", "/td", "SHA256", "/tr", $Timestamp)
  if ($env:LIAISON_SIGN_THUMBPRINT) { $args += @("/sha1", $env:LIAISON_SIGN_THUMBPRINT) }
  else { $args += @("/f", $env:LIAISON_SIGN_PFX, "/p", $env:LIAISON_SIGN_PFX_PASSWORD) }
  & signtool.exe @args @Files
  if ($LASTEXITCODE -ne 0) { throw "signtool sign failed" }
  & signtool.exe verify /pa /all @Files
  if ($LASTEXITCODE -ne 0) { throw "signtool verify failed" }
}

# 2. Sign the executables inside the bundle before they go into the MSI.
Invoke-Sign @("$Bundle\liaison.exe")

# 3. The MSI (WiX v5), validated with ICE rules, then signed.
dotnet tool install --global wix --version 5.0.2
wix extension add --global WixToolset.UI.wixext/5.0.2
New-Item -ItemType Directory -Force dist | Out-Null
$Msi = "$Root\dist\liaison-$Version-x64.msi"
wix build packaging\windows\liaison.wxs -arch x64 -d "Version=$Version" `
  -d "BundleDir=$Bundle" -o $Msi
if ($LASTEXITCODE -ne 0) { throw "wix build failed" }
wix msi validate $Msi
if ($LASTEXITCODE -ne 0) { throw "wix msi validate failed" }
Invoke-Sign @($Msi)

# 4. minisign signature with the same release key as Linux (from a CI secret).
.\.venv\Scripts\python packaging\tools\sign.py sign $Msi
Write-Host "built $Msi"
