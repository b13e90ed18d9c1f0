<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>KioskWidget</name>
    <message numerus="yes">
        <source>Are you still there? This screen will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Are you still there? This screen will be cleared in %n second.</numerusform>
            <numerusform>Are you still there? This screen will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
