/* What ordinary C compiles to: a printf-like formatter (64-bit division and modulo), structs sorted by value
 * with memcpy, a bytecode machine whose switch is a jump table, recursion, and 128-bit products (umulh/smulh).
 * Inputs: 0 a (signed), 1 b (signed, not 0), 2 u, 3 record seed, 4 n for the bytecode, 5 fib's n, 6 ackermann's n.
 * Reports: 0/1 the unsigned 128-bit u*(uint64)a high/low, 2/3 the signed a*b high/low, 4 bytecode result,
 * 5 fib, 6 ackermann(2, n), 7 the formatter's total output length, 8/9/10 u*(uint64)a divided by (uint64)b (quotient
 * high/low, remainder), 11 clz(u|1) | ctz(u|1<<63) << 8. The console text is checked whole. */
#include <stdarg.h>
#include "guest.h"

static uint64_t printed;

/* Digits of value in base (10 or 16) into the end of buf; returns the first. */
static char *digits(char *end, uint64_t value, unsigned base)
{
    *--end = 0;
    do {
        *--end = "0123456789abcdef"[value % base];
        value /= base;
    } while (value);
    return end;
}

/* %d %u %x (int), %ld %lu %lx (64-bit), %s, %c, %%. */
static void print(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    char buf[24];
    for (const char *f = format; *f; f++) {
        if (*f != '%') {
            put_char(*f);
            printed++;
            continue;
        }
        int is_long = 0;
        if (*++f == 'l') {
            is_long = 1;
            f++;
        }
        const char *text = buf;
        switch (*f) {
        case 'd': {
            int64_t v = is_long ? va_arg(args, int64_t) : va_arg(args, int);
            uint64_t magnitude = v < 0 ? -(uint64_t)v : (uint64_t)v;
            char *p = digits(buf + sizeof buf, magnitude, 10);
            if (v < 0)
                *--p = '-';
            text = p;
            break;
        }
        case 'u':
            text = digits(buf + sizeof buf, is_long ? va_arg(args, uint64_t) : va_arg(args, unsigned), 10);
            break;
        case 'x':
            text = digits(buf + sizeof buf, is_long ? va_arg(args, uint64_t) : va_arg(args, unsigned), 16);
            break;
        case 's':
            text = va_arg(args, const char *);
            break;
        case 'c':
            buf[0] = (char)va_arg(args, int);
            buf[1] = 0;
            break;
        default:
            buf[0] = '%';
            buf[1] = 0;
            break;
        }
        for (; *text; text++, printed++)
            put_char(*text);
    }
    va_end(args);
}

struct record {
    int64_t key;
    uint32_t id;
    char name[12];
};

#define RECORDS 10

/* Insertion sort by key, then id; whole structs move by value. */
static void sort(struct record *r, int n)
{
    for (int i = 1; i < n; i++) {
        struct record moving = r[i];
        int j = i - 1;
        while (j >= 0 && (r[j].key > moving.key || (r[j].key == moving.key && r[j].id > moving.id))) {
            r[j + 1] = r[j];
            j--;
        }
        r[j + 1] = moving;
    }
}

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, AND, OR, XOR, SHL, SHR, NEG, DUP, SWAP, DROP, JMP, JNZ, HALT };

/* A stack machine: the sum of (i*i) ^ (i % 3) for i = n down to 1, with i in variable 0 and the sum in 1. */
static const uint8_t program[] = {
    PUSH, 0, STORE, 1,                                        /* sum = 0 */
    LOAD, 0, DUP, MUL, LOAD, 0, PUSH, 3, MOD, XOR, LOAD, 1, ADD, STORE, 1, /* 4: sum += (i*i) ^ (i%3) */
    LOAD, 0, PUSH, 1, SUB, DUP, STORE, 0,                     /* i -= 1 */
    JNZ, 4, LOAD, 1, HALT,
};

/* Not inlined, so the constant program cannot fold the dispatch away; twenty dense cases make a jump table. */
__attribute__((noinline, noclone)) static int64_t run(const uint8_t *code, int64_t n)
{
    int64_t stack[8], vars[2] = { n, 0 };
    int sp = 0;
    for (int pc = 0;;) {
        int64_t top;
        switch ((enum op)code[pc++]) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case ADD: top = stack[--sp]; stack[sp - 1] += top; break;
        case SUB: top = stack[--sp]; stack[sp - 1] -= top; break;
        case MUL: top = stack[--sp]; stack[sp - 1] *= top; break;
        case DIV: top = stack[--sp]; stack[sp - 1] /= top; break;
        case MOD: top = stack[--sp]; stack[sp - 1] %= top; break;
        case AND: top = stack[--sp]; stack[sp - 1] &= top; break;
        case OR: top = stack[--sp]; stack[sp - 1] |= top; break;
        case XOR: top = stack[--sp]; stack[sp - 1] ^= top; break;
        case SHL: top = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] << (top & 63)); break;
        case SHR: top = stack[--sp]; stack[sp - 1] = (int64_t)((uint64_t)stack[sp - 1] >> (top & 63)); break;
        case NEG: stack[sp - 1] = -stack[sp - 1]; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: top = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = top; break;
        case DROP: sp--; break;
        case JMP: pc = code[pc]; break;
        case JNZ: { uint8_t target = code[pc++]; if (stack[--sp]) pc = target; break; }
        case HALT: return stack[sp - 1];
        default: return -1;
        }
    }
}

static uint64_t fib(unsigned n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static uint64_t ackermann(uint64_t m, uint64_t n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, n - 1));
}

static uint64_t xorshift(uint64_t *state)
{
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state;
}

void main(unsigned cpu, uint64_t boot_arg)
{
    (void)boot_arg;
    if (cpu != 0)
        return;
    int64_t a = (int64_t)input(0), b = (int64_t)input(1);
    uint64_t u = input(2), seed = input(3);

    print("hello from C on vCPU %u\n", cpu);
    print("%ld / %ld = %ld rem %ld\n", a, b, a / b, a % b);
    print("%lu / %lu = %lu rem %lu\n", u, (uint64_t)b, u / (uint64_t)b, u % (uint64_t)b);
    print("hex %lx %x min %ld int %d %c%%\n", u, 0xBEEFu, (int64_t)INT64_MIN, -42, 'Z');

    unsigned __int128 wide = (unsigned __int128)u * (uint64_t)a;
    __int128 signed_wide = (__int128)a * b;
    report(0, (uint64_t)(wide >> 64));
    report(1, (uint64_t)wide);
    report(2, (uint64_t)((unsigned __int128)signed_wide >> 64));
    report(3, (uint64_t)signed_wide);
    /* libgcc's helpers: a 128-by-64 division (__udivti3, __umodti3). No __builtin_popcount: libgcc's
     * __popcountdi2 uses AdvSIMD CNT, which traps with the FPU off (CPACR_EL1 at reset) and the engine lacks. */
    unsigned __int128 quotient = wide / (uint64_t)b, remainder = wide % (uint64_t)b;
    report(8, (uint64_t)(quotient >> 64));
    report(9, (uint64_t)quotient);
    report(10, (uint64_t)remainder);
    report(11, (uint64_t)__builtin_clzll(u | 1) | (uint64_t)__builtin_ctzll(u | 1UL << 63) << 8);

    struct record records[RECORDS], sorted[RECORDS];
    uint64_t state = seed ? seed : 1;
    for (int i = 0; i < RECORDS; i++) {
        struct record r = { .key = (int64_t)(xorshift(&state) % 7) - 3, .id = (uint32_t)i };
        memcpy(r.name, "rec-", 4);
        r.name[4] = (char)('a' + (xorshift(&state) % 26));
        r.name[5] = 0;
        records[i] = r;
    }
    memcpy(sorted, records, sizeof records);
    sort(sorted, RECORDS);
    for (int i = 0; i < RECORDS; i++)
        print("%d %u %s\n", (int)sorted[i].key, sorted[i].id, sorted[i].name);

    int64_t squares = run(program, (int64_t)input(4));
    uint64_t f = fib((unsigned)input(5));
    uint64_t ack = ackermann(2, input(6));
    report(4, (uint64_t)squares);
    report(5, f);
    report(6, ack);
    print("squares %ld fib %lu ack %lu\n", squares, f, ack);
    report(7, printed);
}
