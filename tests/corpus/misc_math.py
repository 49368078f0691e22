# math module functions and constants.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2.0), math.sqrt(16), math.sin(0.5), math.cos(0.5), math.tan(0.5))
print(math.atan(1.0), math.atan2(1.0, -1.0), math.asin(0.5), math.acos(0.5))
print(math.exp(1.0), math.log(10.0), math.log2(8.0), math.log10(1000.0), math.log(1.0))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.9), math.floor(5))
print(math.fabs(-3), math.hypot(3.0, 4.0), math.pow(2.0, 10.0), math.pow(2, 0.5))
print(math.isnan(math.inf - math.inf), math.isinf(-math.inf), math.isfinite(1.0), math.isnan(1.0))
print(round(math.sin(math.pi), 10), math.cos(math.pi), math.exp(-750.0))
