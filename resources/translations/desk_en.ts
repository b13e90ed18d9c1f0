<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>KioskMessages</name>
    <message numerus="yes">
        <source>Too many codes were not right. Please wait %n seconds, or ask at the front desk.</source>
        <translation>
            <numerusform>Too many codes were not right. Please wait %n second, or ask at the front desk.</numerusform>
            <numerusform>Too many codes were not right. Please wait %n seconds, or ask at the front desk.</numerusform>
        </translation>
    </message>
</context>
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
