@echo off
rem CNN Lab @VERSION@, offline installer for Windows. Nothing is downloaded.
rem
rem   install.bat [FOLDER]    install into FOLDER (default %LOCALAPPDATA%\CNN Lab\app)
rem
rem Makes a Python @PYTHON_VERSION@ virtual environment, installs CNN Lab (with its models and
rem data) from wheels\ beside this file (pip --no-index), and puts a "CNN Lab" shortcut (no
rem console window) on the desktop and in the Start menu.
rem Made by scripts/make_bundle.py; README.txt beside it says more.
setlocal EnableExtensions
set "HERE=%~dp0"
set "PYTHON_VERSION=@PYTHON_VERSION@"
set "TARGET=%~1"
if "%TARGET%"=="" set "TARGET=%LOCALAPPDATA%\CNN Lab\app"
set "PIP_CONFIG_FILE=NUL"
set "PIP_NO_INDEX=1"
set "PIP_DISABLE_PIP_VERSION_CHECK=1"
set "PIP_INDEX_URL="
set "PIP_EXTRA_INDEX_URL="
set "PIP_FIND_LINKS="

rem The py launcher (python.org installs it) picks the right version; else python on PATH.
set "PYTHON="
py -%PYTHON_VERSION% -c "" >NUL 2>&1 && set "PYTHON=py -%PYTHON_VERSION%"
if not defined PYTHON python -c "import sys; sys.exit(sys.version[:len('%PYTHON_VERSION%')+1] != '%PYTHON_VERSION%.')" >NUL 2>&1 && set "PYTHON=python"
if not defined PYTHON goto no_python

if exist "%TARGET%\pyvenv.cfg" goto replace
echo [cnn-lab] creating a Python %PYTHON_VERSION% environment in %TARGET%
%PYTHON% -m venv --without-pip "%TARGET%" || goto failed
goto venv_ready
:replace
echo [cnn-lab] replacing the CNN Lab environment in %TARGET%
%PYTHON% -m venv --clear --without-pip "%TARGET%" || goto failed
:venv_ready
set "VPY=%TARGET%\Scripts\python.exe"

set "PIP_WHEEL="
for %%W in ("%HERE%wheels\pip-*.whl") do set "PIP_WHEEL=%%~fW"
if not defined PIP_WHEEL goto incomplete
"%VPY%" "%PIP_WHEEL%\pip" install --quiet --find-links "%HERE%wheels" pip || goto failed
echo [cnn-lab] installing CNN Lab and its dependencies (a few minutes)
"%VPY%" -m pip install --quiet --find-links "%HERE%wheels" cnn-lab || goto failed

:shortcuts
rem cnn-lab.exe is pip's gui-scripts launcher: it opens the window with no console.
set "CNN_LAB_EXE=%TARGET%\Scripts\cnn-lab.exe"
set "CNN_LAB_ICO=%TARGET%\Lib\site-packages\resources\icons\cnn-lab.ico"
powershell -NoProfile -ExecutionPolicy Bypass -Command "$w = New-Object -ComObject WScript.Shell; foreach ($f in @([Environment]::GetFolderPath('Desktop'), [Environment]::GetFolderPath('Programs'))) { $s = $w.CreateShortcut((Join-Path $f 'CNN Lab.lnk')); $s.TargetPath = $env:CNN_LAB_EXE; $s.IconLocation = $env:CNN_LAB_ICO; $s.Description = 'CNN Lab'; $s.Save(); Write-Output ('[cnn-lab] wrote ' + (Join-Path $f 'CNN Lab.lnk')) }"
echo [cnn-lab] done: start CNN Lab from the desktop or the Start menu, or run %CNN_LAB_EXE%
exit /b 0

:no_python
echo [cnn-lab] error: this bundle is for Python %PYTHON_VERSION%, which was not found (install it from python.org) 1>&2
exit /b 1
:incomplete
echo [cnn-lab] error: no pip wheel in %HERE%wheels: the bundle is incomplete 1>&2
exit /b 1
:failed
echo [cnn-lab] error: the installation stopped (see the message above) 1>&2
exit /b 1
