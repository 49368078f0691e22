# Classic benchmark program, annotated as a mypy user would (see benches/programs/classic/BLOCKERS.md); the default size here is the corpus's small size, and `make compare` runs it at a benchmark size (BENCHMARKS.md).
#! /usr/bin/env python3

"""
"PYSTONE" Benchmark Program

Version:        Python/1.2 (corresponds to C/1.1 plus 3 Pystone fixes)

Author:         Reinhold P. Weicker,  CACM Vol 27, No 10, 10/84 pg. 1013.

                Translated from ADA to C by Rick Richardson.
                Every method to preserve ADA-likeness has been used,
                at the expense of C-ness.

                Translated from C to Python by Guido van Rossum.

Version History:

                Version 1.1 corrects two bugs in version 1.0:

                First, it leaked memory: in Proc1(), NextRecord ends
                up having a pointer to itself.  I have corrected this
                by zapping NextRecord.PtrComp at the end of Proc1().

                Second, Proc3() used the operator != to compare a
                record to None.  This is rather inefficient and not
                true to the intention of the original benchmark (where
                a pointer comparison to None is intended; the !=
                operator attempts to find a method __cmp__ to do value
                comparison of the record).  Version 1.1 runs 5-10
                percent faster than version 1.0, so benchmark figures
                of different versions can't be compared directly.

                Version 1.2 changes the division to floor division.

                Under Python 3 version 1.1 would use the normal division
                operator, resulting in some of the operations mistakenly
                yielding floats. Version 1.2 instead uses floor division
                making the benchmark an integer benchmark again.

"""
# Source: CPython 3.6 Lib/test/pystone.py (pystone 1.2; it is not part of
#   pyperformance, and was removed from CPython's test suite in 3.7).
#   Licensed under the Python Software Foundation License. Dhrystone by
#   Reinhold P. Weicker, C version by Rick Richardson, Python translation
#   by Guido van Rossum (see the docstring above).
# Changed: mypy --strict annotations (parameters, returns, class-level
#   fields, module globals that start as None); Record.StringComp is
#   `Union[int, str]` because its default is the int 0 while the program
#   stores strings in it; Proc4's BoolLoc is declared int (it holds
#   `bool or int`); `PtrGlb` is Optional[Record] and the lines that
#   dereference it without a check carry `# type: ignore[union-attr]`.
#   The command-line block and the timing printout of main() are replaced
#   by main() below, which prints the final values of the globals (the
#   classic Dhrystone self-check) instead of the machine-dependent
#   pystones/second; Proc0 still measures time with time() as written,
#   but the harness does not print it. Algorithm and idioms unchanged.
#
# Usage: pystone.py [loops]   default 200000 (~0.7 s CPython 3.11; the
#   original default is 50000), small size for the test corpus: 5000.

LOOPS = 50000

import sys
from time import time
from typing import Optional, Union

__version__ = "1.2"

[Ident1, Ident2, Ident3, Ident4, Ident5] = range(1, 6)

class Record:
    PtrComp: Optional["Record"]
    Discr: int
    EnumComp: int
    IntComp: int
    StringComp: Union[int, str]

    def __init__(self, PtrComp: Optional["Record"] = None, Discr: int = 0, EnumComp: int = 0,
                       IntComp: int = 0, StringComp: Union[int, str] = 0) -> None:
        self.PtrComp = PtrComp
        self.Discr = Discr
        self.EnumComp = EnumComp
        self.IntComp = IntComp
        self.StringComp = StringComp

    def copy(self) -> "Record":
        return Record(self.PtrComp, self.Discr, self.EnumComp,
                      self.IntComp, self.StringComp)

TRUE = 1
FALSE = 0

def pystones(loops: int = LOOPS) -> tuple[float, float]:
    return Proc0(loops)

IntGlob = 0
BoolGlob = FALSE
Char1Glob = '\0'
Char2Glob = '\0'
Array1Glob = [0]*51
Array2Glob = [x[:] for x in [Array1Glob]*51]
PtrGlb: Optional[Record] = None
PtrGlbNext: Optional[Record] = None

def Proc0(loops: int = LOOPS) -> tuple[float, float]:
    global IntGlob
    global BoolGlob
    global Char1Glob
    global Char2Glob
    global Array1Glob
    global Array2Glob
    global PtrGlb
    global PtrGlbNext

    starttime = time()
    for i in range(loops):
        pass
    nulltime = time() - starttime

    PtrGlbNext = Record()
    PtrGlb = Record()
    PtrGlb.PtrComp = PtrGlbNext
    PtrGlb.Discr = Ident1
    PtrGlb.EnumComp = Ident3
    PtrGlb.IntComp = 40
    PtrGlb.StringComp = "DHRYSTONE PROGRAM, SOME STRING"
    String1Loc = "DHRYSTONE PROGRAM, 1'ST STRING"
    Array2Glob[8][7] = 10

    starttime = time()

    for i in range(loops):
        Proc5()
        Proc4()
        IntLoc1 = 2
        IntLoc2 = 3
        String2Loc = "DHRYSTONE PROGRAM, 2'ND STRING"
        EnumLoc = Ident2
        BoolGlob = not Func2(String1Loc, String2Loc)
        while IntLoc1 < IntLoc2:
            IntLoc3 = 5 * IntLoc1 - IntLoc2
            IntLoc3 = Proc7(IntLoc1, IntLoc2)
            IntLoc1 = IntLoc1 + 1
        Proc8(Array1Glob, Array2Glob, IntLoc1, IntLoc3)
        PtrGlb = Proc1(PtrGlb)
        CharIndex = 'A'
        while CharIndex <= Char2Glob:
            if EnumLoc == Func1(CharIndex, 'C'):
                EnumLoc = Proc6(Ident1)
            CharIndex = chr(ord(CharIndex)+1)
        IntLoc3 = IntLoc2 * IntLoc1
        IntLoc2 = IntLoc3 // IntLoc1
        IntLoc2 = 7 * (IntLoc3 - IntLoc2) - IntLoc1
        IntLoc1 = Proc2(IntLoc1)

    benchtime = time() - starttime - nulltime
    if benchtime == 0.0:
        loopsPerBenchtime = 0.0
    else:
        loopsPerBenchtime = (loops / benchtime)
    return benchtime, loopsPerBenchtime

def Proc1(PtrParIn: Record) -> Record:
    PtrParIn.PtrComp = NextRecord = PtrGlb.copy()  # type: ignore[union-attr]
    PtrParIn.IntComp = 5
    NextRecord.IntComp = PtrParIn.IntComp
    NextRecord.PtrComp = PtrParIn.PtrComp
    NextRecord.PtrComp = Proc3(NextRecord.PtrComp)
    if NextRecord.Discr == Ident1:
        NextRecord.IntComp = 6
        NextRecord.EnumComp = Proc6(PtrParIn.EnumComp)
        NextRecord.PtrComp = PtrGlb.PtrComp  # type: ignore[union-attr]
        NextRecord.IntComp = Proc7(NextRecord.IntComp, 10)
    else:
        PtrParIn = NextRecord.copy()
    NextRecord.PtrComp = None
    return PtrParIn

def Proc2(IntParIO: int) -> int:
    IntLoc = IntParIO + 10
    while 1:
        if Char1Glob == 'A':
            IntLoc = IntLoc - 1
            IntParIO = IntLoc - IntGlob
            EnumLoc = Ident1
        if EnumLoc == Ident1:
            break
    return IntParIO

def Proc3(PtrParOut: Optional[Record]) -> Optional[Record]:
    global IntGlob

    if PtrGlb is not None:
        PtrParOut = PtrGlb.PtrComp
    else:
        IntGlob = 100
    PtrGlb.IntComp = Proc7(10, IntGlob)  # type: ignore[union-attr]
    return PtrParOut

def Proc4() -> None:
    global Char2Glob

    BoolLoc: int = Char1Glob == 'A'
    BoolLoc = BoolLoc or BoolGlob
    Char2Glob = 'B'

def Proc5() -> None:
    global Char1Glob
    global BoolGlob

    Char1Glob = 'A'
    BoolGlob = FALSE

def Proc6(EnumParIn: int) -> int:
    EnumParOut = EnumParIn
    if not Func3(EnumParIn):
        EnumParOut = Ident4
    if EnumParIn == Ident1:
        EnumParOut = Ident1
    elif EnumParIn == Ident2:
        if IntGlob > 100:
            EnumParOut = Ident1
        else:
            EnumParOut = Ident4
    elif EnumParIn == Ident3:
        EnumParOut = Ident2
    elif EnumParIn == Ident4:
        pass
    elif EnumParIn == Ident5:
        EnumParOut = Ident3
    return EnumParOut

def Proc7(IntParI1: int, IntParI2: int) -> int:
    IntLoc = IntParI1 + 2
    IntParOut = IntParI2 + IntLoc
    return IntParOut

def Proc8(Array1Par: list[int], Array2Par: list[list[int]], IntParI1: int,
          IntParI2: int) -> None:
    global IntGlob

    IntLoc = IntParI1 + 5
    Array1Par[IntLoc] = IntParI2
    Array1Par[IntLoc+1] = Array1Par[IntLoc]
    Array1Par[IntLoc+30] = IntLoc
    for IntIndex in range(IntLoc, IntLoc+2):
        Array2Par[IntLoc][IntIndex] = IntLoc
    Array2Par[IntLoc][IntLoc-1] = Array2Par[IntLoc][IntLoc-1] + 1
    Array2Par[IntLoc+20][IntLoc] = Array1Par[IntLoc]
    IntGlob = 5

def Func1(CharPar1: str, CharPar2: str) -> int:
    CharLoc1 = CharPar1
    CharLoc2 = CharLoc1
    if CharLoc2 != CharPar2:
        return Ident1
    else:
        return Ident2

def Func2(StrParI1: str, StrParI2: str) -> int:
    IntLoc = 1
    while IntLoc <= 1:
        if Func1(StrParI1[IntLoc], StrParI2[IntLoc+1]) == Ident1:
            CharLoc = 'A'
            IntLoc = IntLoc + 1
    if CharLoc >= 'W' and CharLoc <= 'Z':
        IntLoc = 7
    if CharLoc == 'X':
        return TRUE
    else:
        if StrParI1 > StrParI2:
            IntLoc = IntLoc + 7
            return TRUE
        else:
            return FALSE

def Func3(EnumParIn: int) -> int:
    EnumLoc = EnumParIn
    if EnumLoc == Ident3: return TRUE
    return FALSE

def main() -> None:
    loops = 5000
    if len(sys.argv) > 1:
        loops = int(sys.argv[1])
    benchtime, stones = pystones(loops)
    assert PtrGlb is not None and PtrGlb.PtrComp is not None
    print("Pystone(%s) %d passes" % (__version__, loops))
    print("IntGlob=%d BoolGlob=%d Char1Glob=%s Char2Glob=%s" % (
        IntGlob, BoolGlob, Char1Glob, Char2Glob))
    print("Array1Glob[8]=%d Array2Glob[8][7]=%d" % (Array1Glob[8],
                                                    Array2Glob[8][7]))
    print("PtrGlb: Discr=%d EnumComp=%d IntComp=%d StringComp=%s" % (
        PtrGlb.Discr, PtrGlb.EnumComp, PtrGlb.IntComp, PtrGlb.StringComp))
    print("PtrGlb.PtrComp: Discr=%d EnumComp=%d IntComp=%d StringComp=%s" % (
        PtrGlb.PtrComp.Discr, PtrGlb.PtrComp.EnumComp, PtrGlb.PtrComp.IntComp,
        PtrGlb.PtrComp.StringComp))


if __name__ == '__main__':
    main()
