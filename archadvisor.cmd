@echo off
rem archadvisor: runs cli\target\archadvisor.jar (build it once with `mvn -q -B package -DskipTests`) with the JVM
rem flags a one-shot run wants: the C1 compiler only, a small heap, the serial collector, and the class-data-sharing
rem archive built with the jar when there is one. ARCHADVISOR_JAR names another jar; ARCHADVISOR_JAVA_OPTS adds options.
setlocal
set "HERE=%~dp0"
if defined ARCHADVISOR_JAR (set "JAR=%ARCHADVISOR_JAR%") else (set "JAR=%HERE%cli\target\archadvisor.jar")
if not exist "%JAR%" (
  echo archadvisor: %JAR% is missing; build it once with: mvn -q -B package -DskipTests 1>&2
  exit /b 2
)
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
set "CDS="
if exist "%JAR:~0,-4%.jsa" set "CDS=-XX:SharedArchiveFile=%JAR:~0,-4%.jsa"
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx1g -Xshare:auto %CDS% -Xlog:cds=off -Xlog:cds+dynamic=off %ARCHADVISOR_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
