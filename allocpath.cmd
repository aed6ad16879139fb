@echo off
rem allocpath launcher for Windows (cmd.exe, PowerShell): builds the jar with Maven when it is
rem missing, checks for Java 17 or newer, and runs it with the same JVM flags as ./allocpath
rem (C1 only and SerialGC start faster). The jar does not notice newer sources here: after
rem `git pull`, run `mvn -B -DskipTests package` (or delete rules\target\allocpath.jar).
setlocal EnableExtensions
set "HERE=%~dp0"
set "JAR=%HERE%rules\target\allocpath.jar"

set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo allocpath: Java 17 or newer is needed and no java was found ^(install a JDK, or set JAVA_HOME^) 1>&2
  exit /b 2
)
set "JAVA_VERSION="
rem Only the java path is quoted: cmd keeps a command's quotes when there is exactly one pair.
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i version') do if not defined JAVA_VERSION set "JAVA_VERSION=%%~v"
set "JAVA_MAJOR=0"
for /f "delims=.-+" %%m in ("%JAVA_VERSION%") do set "JAVA_MAJOR=%%m"
if "%JAVA_MAJOR%"=="1" set "JAVA_MAJOR=0"
set /a JAVA_MAJOR_NUM=%JAVA_MAJOR% 2>nul
if %JAVA_MAJOR_NUM% LSS 17 (
  echo allocpath: Java 17 or newer is needed; %JAVA% is Java %JAVA_VERSION% ^(install a newer JDK, or set JAVA_HOME^) 1>&2
  exit /b 2
)

if not exist "%JAR%" (
  where mvn >nul 2>&1
  if errorlevel 1 (
    echo allocpath: Maven ^(mvn^) is needed to build the jar 1>&2
    exit /b 2
  )
  echo allocpath: building ^(first run^)... 1>&2
  call mvn -B -q -Dstyle.color=never -DskipTests -f "%HERE%pom.xml" package 1>&2
  if errorlevel 1 (
    echo allocpath: build failed 1>&2
    exit /b 3
  )
)

rem Stack traces in exceptions cost CDT 8-10%% of a scan; allocpath prints them only with --debug.
set "TRACES=-XX:-StackTraceInThrowable"
for %%a in (%*) do if /i "%%~a"=="--debug" set "TRACES="
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss16m %TRACES% %ALLOCPATH_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
