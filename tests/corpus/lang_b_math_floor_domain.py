# math.floor/ceil/trunc (and int(), round()) of negative, huge and near-2**53
# floats, down to the smallest 64-bit int; infinities and NaN raising
# OverflowError / ValueError exactly where CPython does; and math domain and
# range errors (sqrt, log, acos, pow, exp, fmod, gamma, float **) caught with
# try/except, each with CPython's message.
import math


def floor_or_error(x: float) -> str:
    try:
        return str(math.floor(x))
    except OverflowError as e:
        return "OverflowError: " + str(e)
    except ValueError as e:
        return "ValueError: " + str(e)


def try_sqrt(x: float) -> float:
    try:
        return math.sqrt(x)
    except ValueError:
        print("  sqrt domain error for", x)
        return -1.0


def main() -> None:
    for x in [-0.5, 0.5, -2.7, 2.7, -3.0, 1e15 + 0.5, -1e18, 4503599627370495.5, 2.9999999999999996]:
        print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x), round(x))
    print(math.floor(-9223372036854775808.0), math.ceil(-9.223372036854775e18), int(9.2e18))
    print(math.floor(9007199254740993.0), math.ceil(2.0 ** 53 + 2.0), math.trunc(-(2.0 ** 62)))
    print(floor_or_error(math.inf), floor_or_error(-math.inf), floor_or_error(math.nan))
    for name in ["ceil", "int", "round"]:
        for v in [math.inf, math.nan]:
            try:
                if name == "ceil":
                    print(math.ceil(v))
                elif name == "int":
                    print(int(v))
                else:
                    print(round(v))
            except OverflowError as e:
                print(name, "OverflowError:", e)
            except ValueError as e:
                print(name, "ValueError:", e)
    print(try_sqrt(2.25), try_sqrt(-1.0), try_sqrt(-0.0), try_sqrt(0.0))
    checks = ["log0", "log-1", "log10", "acos", "asin", "pow", "exp", "fmod", "gamma", "atanh", "powop", "zeropow", "log1base"]
    for c in checks:
        try:
            if c == "log0":
                print(math.log(0.0))
            elif c == "log-1":
                print(math.log(-1.0))
            elif c == "log10":
                print(math.log10(-10.0))
            elif c == "acos":
                print(math.acos(1.0000001))
            elif c == "asin":
                print(math.asin(-2.0))
            elif c == "pow":
                print(math.pow(0.0, -1.0))
            elif c == "exp":
                print(math.exp(1000.0))
            elif c == "fmod":
                print(math.fmod(1.0, 0.0))
            elif c == "gamma":
                print(math.gamma(0.0))
            elif c == "atanh":
                print(math.atanh(1.0))
            elif c == "powop":
                print(10.0 ** 400)
            elif c == "zeropow":
                print(0.0 ** -1.0)
            else:
                print(math.log(5.0, 1.0))
        except ValueError as e:
            print(c, "ValueError:", e)
        except OverflowError as e:
            print(c, "OverflowError:", e)
        except ZeroDivisionError as e:
            print(c, "ZeroDivisionError:", e)
    print(math.exp(709.0), math.pow(10.0, 308.0), math.log(math.inf), math.sqrt(math.inf), math.exp(-1000.0))
    print(math.fmod(-7.0, 3.0), -7.0 % 3.0, math.fmod(7.0, -3.0), 7.0 % -3.0, math.modf(-2.5), math.copysign(3.0, -0.0))


main()
